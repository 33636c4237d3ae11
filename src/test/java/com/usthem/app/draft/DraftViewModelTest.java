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

    @Test
    void aNameWithoutExtensionIsSavedAsText() {
        assertEquals(Path.of("/d/offer.txt"), DraftViewModel.withDraftExtension(Path.of("/d/offer")));
        assertEquals(Path.of("/d/offer.md"), DraftViewModel.withDraftExtension(Path.of("/d/offer.md")));
        assertEquals(Path.of("/d/notes.markdown"), DraftViewModel.withDraftExtension(Path.of("/d/notes.markdown")));
        assertEquals(Path.of("/d/.draft.txt"), DraftViewModel.withDraftExtension(Path.of("/d/.draft")));
    }
}
