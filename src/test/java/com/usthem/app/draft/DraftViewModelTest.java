package com.usthem.app.draft;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DraftViewModelTest {

    @Test
    void theTitleStartsWithTheAppNameThenTheFileAndSaysWhenThereAreUnsavedChanges() {
        DraftViewModel draft = new DraftViewModel();
        assertEquals("UsThem", draft.titleProperty().get());
        draft.modifiedProperty().set(true);
        assertEquals("UsThem \u2014 unsaved draft", draft.titleProperty().get());
        draft.attach(Path.of("/tmp/offer.md"));
        assertEquals("UsThem \u2014 offer.md", draft.titleProperty().get());
        draft.modifiedProperty().set(true);
        assertEquals("UsThem \u2014 offer.md (unsaved changes)", draft.titleProperty().get());
        draft.detach();
        assertEquals("UsThem", draft.titleProperty().get());
    }
}
