package dev.dhipicker.ui.pages;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The listeners and bindings a page holds on the shared model, so that a page that is replaced
 * (after a language switch) can be detached completely: {@link #dispose()} removes every one.
 */
public final class Subscriptions {
    private final List<Runnable> removals = new ArrayList<>();

    /** Listens to a model value until {@link #dispose()}. */
    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    /** Runs {@code action} whenever any of the values changes, until {@link #dispose()}. */
    public void onChange(Runnable action, ObservableValue<?>... values) {
        for (ObservableValue<?> v : values) {
            listen(v, (o, was, now) -> action.run());
        }
    }

    /** Listens to a model list until {@link #dispose()}. */
    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }

    /** Binds a control's property to a model value until {@link #dispose()}. */
    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        removals.add(target::unbind);
    }

    /** Removes every listener and binding added so far. */
    public void dispose() {
        for (Runnable r : removals) {
            r.run();
        }
        removals.clear();
    }

    /** How many listeners and bindings are held (tests check that a disposed page holds none). */
    public int size() {
        return removals.size();
    }
}
