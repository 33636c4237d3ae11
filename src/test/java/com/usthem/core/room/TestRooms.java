package com.usthem.core.room;

import com.usthem.core.TestModels;
import com.usthem.core.workshop.Deck;
import com.usthem.core.workshop.DeckPrompt;
import com.usthem.core.workshop.Direction;
import com.usthem.core.workshop.WorkshopSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;

/** Rooms for the tests: a two-prompt deck scored by the shipped model, served on loopback only. */
final class TestRooms {

    static final String FIRST_PROMPT = "We are the award-winning leader in home energy.";
    static final String SECOND_PROMPT = "Your quote for 40 seats is attached; sign by Friday.";
    static final String SALES_REWRITE = "Dana, your panels can be on the roof by Friday if you sign today.";
    static final String MARKETING_REWRITE = "We are proud to lead the industry in clean energy.";

    private TestRooms() {
    }

    static WorkshopSession session() {
        return WorkshopSession.start(new Deck("Room drills", List.of(
                new DeckPrompt(1, FIRST_PROMPT, Direction.TO_SALES, 1),
                new DeckPrompt(2, SECOND_PROMPT, Direction.TO_MARKETING, 2))), TestModels.shipped(), Clock.systemUTC());
    }

    static WorkshopRoom open(RoomLimits limits) {
        return open(session(), limits);
    }

    static WorkshopRoom open(WorkshopSession session, RoomLimits limits) {
        try {
            return WorkshopRoom.open(session, 0, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RoomLimits limits(int rewritesPerPrompt, int maxParticipants) {
        RoomLimits d = RoomLimits.DEFAULT;
        return new RoomLimits(d.maxTextLength(), d.maxNameLength(), rewritesPerPrompt, d.requestsPerSecond(),
                d.requestBurst(), maxParticipants);
    }
}
