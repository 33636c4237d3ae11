package com.usthem.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppArgumentsTest {

    @Test
    void noArgumentsOrOnlyAWorkspaceOpenTheApp() {
        assertTrue(AppArguments.opensApp(new String[0]));
        assertTrue(AppArguments.opensApp(new String[] {"--workspace", "/tmp/team"}));
        assertEquals(Path.of("/tmp/team"), AppArguments.workspace(new String[] {"--workspace", "/tmp/team"}));
        assertEquals(Path.of("/tmp/team"), AppArguments.workspace(new String[] {"--workspace=/tmp/team"}));
    }

    @Test
    void aCommandOrAnythingMoreIsForTheCommandLine() {
        assertFalse(AppArguments.opensApp(new String[] {"score", "--workspace", "/tmp/team", "text"}));
        assertFalse(AppArguments.opensApp(new String[] {"--workspace", "/tmp/team", "models"}));
        assertFalse(AppArguments.opensApp(new String[] {"--help"}));
        assertFalse(AppArguments.opensApp(new String[] {"--workspace"}));
        assertNull(AppArguments.workspace(new String[] {"--workspace="}));
        assertNull(AppArguments.workspace(new String[] {"--workspace", " "}));
    }
}
