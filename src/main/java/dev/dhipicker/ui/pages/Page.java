package dev.dhipicker.ui.pages;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/** One page of the wizard: a node built in code, bound to the shared model. */
public interface Page {

    /** The page's root node. */
    Node node();

    /** The control that should have the keyboard focus when the page is shown. */
    Node initialFocus();

    /**
     * Whether what the page shows lets Next go on (the workload page: a selection the search
     * hides does not). The model's own conditions are checked as well.
     */
    default ObservableBooleanValue ready() {
        return new ReadOnlyBooleanWrapper(true);
    }

    /**
     * Called when Enter is pressed on the page, before the window decides whether Enter means
     * Next (the workload page takes the top match of the search).
     */
    default void beforeEnter() {
    }

    /** Detaches the page from the model: no listener or binding of it stays behind. */
    void dispose();
}
