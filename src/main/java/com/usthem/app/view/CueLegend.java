package com.usthem.app.view;

import com.usthem.core.features.CueKind;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the marks in the editor mean, and switches for them, in a strip under the editor: sentence
 * shading with its scale, and each kind of cue word with a sample of its underline.
 */
public final class CueLegend extends FlowPane {

    /** A typical word of each kind, drawn with its mark. */
    private static final Map<CueKind, String> EXAMPLES = Map.of(CueKind.WE, "our", CueKind.YOU, "your",
            CueKind.ACTION, "sign", CueKind.DEADLINE, "by Friday", CueKind.NUMBER, "$90", CueKind.DREAM, "best",
            CueKind.QUESTION, "can you", CueKind.FUTURE, "you'll", CueKind.PERSONAL, "you mentioned");

    private final Map<CueKind, CheckBox> boxes = new EnumMap<>(CueKind.class);

    public CueLegend(HighlightOptions options) {
        setId("legend");
        getStyleClass().add("legend");
        setHgap(18);
        setVgap(6);
        Label title = new Label("Highlights:");
        title.getStyleClass().add("legend-title");
        getChildren().add(title);

        CheckBox shading = new CheckBox("Sentence shading");
        shading.setId("legend-shading");
        shading.selectedProperty().bindBidirectional(options.shadingProperty());
        shading.setTooltip(new Tooltip("Alt+0"));
        Region scale = new Region();
        scale.getStyleClass().add("shade-scale");
        Label marketing = new Label("marketing");
        Label sales = new Label("sales");
        marketing.getStyleClass().add("muted");
        sales.getStyleClass().add("muted");
        HBox shadingRow = new HBox(6, shading, marketing, scale, sales);
        shadingRow.getStyleClass().add("shade-scale-row");
        getChildren().add(shadingRow);

        for (int i = 0; i < HighlightOptions.KINDS.size(); i++) {
            CueKind kind = HighlightOptions.KINDS.get(i);
            Label sample = new Label(EXAMPLES.getOrDefault(kind, "word"));
            sample.getStyleClass().addAll("cue-sample", HighlightSpans.cueClass(kind));
            CheckBox box = new CheckBox(kind.description());
            box.setId("legend-" + kind.name().toLowerCase(Locale.ROOT));
            box.setGraphic(sample);
            box.setSelected(options.shownKinds().contains(kind));
            box.setTooltip(new Tooltip("Usually pulls toward " + kind.usualSide() + ". Alt+" + (i + 1)));
            box.selectedProperty().addListener((observable, old, selected) -> {
                if (selected) {
                    options.shownKinds().add(kind);
                } else {
                    options.shownKinds().remove(kind);
                }
            });
            boxes.put(kind, box);
            getChildren().add(box);
        }
        options.shownKinds().addListener((SetChangeListener<CueKind>) change ->
                boxes.forEach((kind, box) -> box.setSelected(options.shownKinds().contains(kind))));
    }
}
