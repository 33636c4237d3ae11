package com.usthem.core.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.usthem.core.workshop.Rewrite;
import com.usthem.core.workshop.VoteSplit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full room on loopback: 200 phones, each on its own 127.0.0.x address, join and follow the
 * room, send their rewrites at the same moment, then all vote at once on the rewrite put up.
 * Nothing may be lost or counted twice; the request latencies are printed. Bounded: 200 phones,
 * about five requests each, two minutes at most.
 */
class RoomLoadTest {

    private static final int PHONES = 200;
    /** Every tenth phone sends its rewrite twice with the same key, as a phone retrying after a lost answer. */
    private static final int RETRY_EVERY = 10;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoHundredPhonesSendAndVoteAtOnceAndNothingIsLostOrCountedTwice() throws Exception {
        WorkshopRoom room = TestRooms.open(RoomLimits.DEFAULT);
        // Each phone's client keeps a thread in its selector; the rest do the requests.
        QueuedThreadPool threads = new QueuedThreadPool(2 * PHONES + 100, 16);
        threads.setName("test-phones");
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("test-phones-timer", true);
        ExecutorService scripts = Executors.newFixedThreadPool(PHONES);
        List<SimulatedPhone> phones = new ArrayList<>();
        SimulatedPhone.Timings timings = new SimulatedPhone.Timings();
        try {
            threads.start();
            scheduler.start();
            for (int i = 0; i < PHONES; i++) {
                phones.add(new SimulatedPhone(room.entrance().address(), InetAddress.getByName("127.0.0." + (2 + i)), threads,
                        scheduler, timings));
            }
            CountDownLatch ready = new CountDownLatch(PHONES);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < PHONES; i++) {
                SimulatedPhone phone = phones.get(i);
                int n = i;
                sent.add(scripts.submit(() -> {
                    phone.join("Phone " + n);
                    phone.follow();
                    ready.countDown();
                    go.await();
                    int id = phone.submit("k" + n, rewrite(n));
                    if (n % RETRY_EVERY == 0 && phone.submit("k" + n, rewrite(n)) != id) {
                        throw new AssertionError("a retried sending got another number");
                    }
                    return id;
                }));
            }
            assertTrue(ready.await(60, TimeUnit.SECONDS), "every phone joined and follows the room");
            go.countDown();
            Set<Integer> ids = new HashSet<>();
            for (Future<Integer> id : sent) {
                ids.add(id.get(60, TimeUnit.SECONDS));
            }

            assertEquals(PHONES, ids.size(), "one submission per phone");
            assertEquals(IntStream.range(0, PHONES).mapToObj(RoomLoadTest::rewrite).collect(Collectors.toSet()),
                    room.submissions().stream().map(s -> s.rewrite().text()).collect(Collectors.toSet()));
            assertEquals(PHONES, room.submissions().size(), "nothing lost, nothing twice");
            assertEquals(PHONES, room.session().round(0).rewrites().size());
            for (Submission submission : room.submissions()) {
                assertEquals(rewrite(Integer.parseInt(submission.participant().name().substring(6))),
                        submission.rewrite().text(), "each rewrite under its sender's name");
            }

            Submission up = room.submissions().get(0);
            long putUpAt = System.nanoTime();
            room.putUp(up.id());
            List<Future<?>> votes = new ArrayList<>();
            List<Double> reached = new ArrayList<>();
            for (int i = 0; i < PHONES; i++) {
                SimulatedPhone phone = phones.get(i);
                String side = side(i);
                votes.add(scripts.submit(() -> {
                    long[] seen = phone.voteUp.get(30, TimeUnit.SECONDS);
                    phone.vote((int) seen[0], side);
                    return null;
                }));
            }
            for (int i = 0; i < PHONES; i++) {
                votes.get(i).get(60, TimeUnit.SECONDS);
                reached.add((phones.get(i).voteUp.get()[1] - putUpAt) / 1e6);
            }
            int sales = (int) IntStream.range(0, PHONES).filter(i -> side(i).equals("sales")).count();
            VoteSplit expected = new VoteSplit(PHONES - sales, sales);
            assertEquals(expected, room.upForVote().orElseThrow().votes(), "every vote counted once");

            Rewrite revealed = room.reveal().rewrite();
            assertEquals(expected, revealed.votes());
            for (SimulatedPhone phone : phones) {
                JsonNode seen = phone.revealed.get(30, TimeUnit.SECONDS);
                assertEquals(List.of(expected.sales(), expected.marketing()),
                        List.of(seen.at("/votes/sales").asInt(), seen.at("/votes/marketing").asInt()));
            }
            assertEquals(revealed, room.session().round(0).rewrites().stream()
                    .filter(r -> r.text().equals(up.rewrite().text())).findFirst().orElseThrow());

            System.out.println(String.format(Locale.ROOT, "Room load test, %d phones on loopback (ms, p50 / p99): "
                            + "join %s, send %s, vote %s; the rewrite put up reached every phone in %s",
                    PHONES, percentiles(timings.join()), percentiles(timings.submit()), percentiles(timings.vote()),
                    percentiles(reached)));
        } finally {
            room.close();
            scripts.shutdownNow();
            for (SimulatedPhone phone : phones) {
                phone.close();
            }
            scheduler.stop();
            threads.stop();
        }
    }

    private static String rewrite(int n) {
        return "Phone " + n + " here: sign by Friday and your crew starts on day " + (n % 28 + 1) + ".";
    }

    private static String side(int n) {
        return n % 3 == 0 ? "marketing" : "sales";
    }

    private static String percentiles(Collection<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "%.1f / %.1f", sorted[(sorted.length - 1) / 2],
                sorted[(int) Math.ceil(0.99 * sorted.length) - 1]);
    }
}
