package dev.dhipicker.ui.pages;

import javafx.scene.Node;

/** One page of the wizard: a node built in code, bound to the shared model. */
public interface Page {

    /** The page's root node. */
    Node node();

    /** The control that should have the keyboard focus when the page is shown. */
    Node initialFocus();
}
