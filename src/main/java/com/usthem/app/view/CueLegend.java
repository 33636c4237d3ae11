package com.usthem.app.view;

import com.usthem.core.Distinction;
import com.usthem.core.features.CueKind;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the marks in the editor mean, and switches for them, in a strip under the editor: sentence
 * shading with its scale, and each kind of cue word, its name drawn with its own underline, grouped
 * under the distinction of the article it is evidence for.
 */
public final class CueLegend extends FlowPane {

    private final Map<CueKind, CheckBox> boxes = new EnumMap<>(CueKind.class);

    public CueLegend(HighlightOptions options) {
        setId("legend");
        getStyleClass().add("legend");
        setHgap(16);
        setVgap(6);
        setMinWidth(0);
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
        HBox shadingScale = new HBox(6, marketing, scale, sales);
        shadingScale.getStyleClass().add("shade-scale-row");
        getChildren().addAll(shading, shadingScale);

        for (Distinction distinction : Distinction.values()) {
            Label group = new Label(distinction.title() + ":");
            group.getStyleClass().add("legend-group");
            group.setTooltip(new Tooltip("Alt+" + (distinction.ordinal() + 1) + " shows or hides these cues"));
            getChildren().add(group);
            HighlightOptions.kindsOf(distinction).forEach(kind -> getChildren().add(box(kind, options)));
        }
        options.shownKinds().addListener((SetChangeListener<CueKind>) change ->
                boxes.forEach((kind, box) -> box.setSelected(options.shownKinds().contains(kind))));
    }

    private CheckBox box(CueKind kind, HighlightOptions options) {
        // The description itself carries the kind's mark, so the strip stays short.
        Label description = new Label(kind.description());
        description.getStyleClass().addAll("cue-sample", HighlightSpans.cueClass(kind));
        CheckBox box = new CheckBox();
        box.setId("legend-" + kind.name().toLowerCase(Locale.ROOT));
        HBox graphic = new HBox(description);
        graphic.getStyleClass().add("legend-entry");
        box.setGraphic(graphic);
        box.setSelected(options.shownKinds().contains(kind));
        box.setTooltip(new Tooltip("Usually pulls toward " + kind.usualSide() + "."));
        box.setAccessibleText(kind.description());
        box.selectedProperty().addListener((observable, old, selected) -> {
            if (selected) {
                options.shownKinds().add(kind);
            } else {
                options.shownKinds().remove(kind);
            }
        });
        boxes.put(kind, box);
        return box;
    }
}
