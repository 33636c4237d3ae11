package com.usthem.cli;

import com.usthem.core.model.ModelMetadata;
import com.usthem.core.model.ModelStore;
import com.usthem.core.train.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = {"Lists the workspace's model versions with their metrics; * marks the one in use.",
                "'usthem rollback VERSION' makes another one current."})
public class ModelsCommand implements Callable<Integer> {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspaceOption;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelStore store = workspaceOption.seeded().models();
        List<String> warnings = new ArrayList<>();
        Optional<String> inUse = store.loadCurrent(warnings).map(ModelStore.Loaded::version);
        warnings.forEach(warning -> err.println("usthem: warning: " + warning));
        out.printf("  %-7s %-16s %8s %9s %9s %9s  %s%n", "version", "created", "examples", "cv acc", "cv F1",
                "test acc", "trainer");
        for (ModelStore.Version version : store.versions()) {
            String mark = inUse.filter(version.name()::equals).isPresent() ? "*" : " ";
            ModelMetadata metadata = version.metadata();
            if (metadata == null) {
                out.printf("%s %-7s (metadata missing or unreadable)%n", mark, version.name());
                continue;
            }
            Metrics cv = metadata.crossValidation();
            out.printf(Locale.ROOT, "%s %-7s %-16s %8d %9s %9s %9s  %s%s%n", mark, version.name(),
                    metadata.created() == null ? "" : CREATED.format(metadata.created()), metadata.examples(),
                    number(cv == null ? null : cv.accuracy()), number(cv == null ? null : cv.macroF1()),
                    number(metadata.test() == null ? null : metadata.test().accuracy()),
                    metadata.trainer() == null ? "" : metadata.trainer(),
                    metadata.vocabulary().isEmpty() ? "" : " vocabulary=" + String.join(",", metadata.vocabulary()));
        }
        if (inUse.isEmpty()) {
            out.println("no stored model loads: the default model shipped with UsThem is in use");
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
