package io.taktline.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The current values of one station's or one equipment's variables, in the order of its variable
 * list, each with the simulated second it last changed: the OPC UA side serves them with that second
 * as source timestamp. Every change of a discrete variable (states, counters, fault codes) is also
 * kept until the OPC UA side takes it, so that none is lost between two updates of the served values.
 */
final class ServedValues {

    /** A discrete variable's change: its index, new value and simulated second. */
    record Change(int index, double value, double at) {}

    private final List<Variable> variables;
    private final double[] values;
    private final double[] changedAt;
    private final boolean[] discrete;
    private List<Change> changes = new ArrayList<>();
    /** Whether anyone takes the changes: a run without a server keeps none. */
    private boolean keepChanges;

    ServedValues(List<Variable> variables) {
        this.variables = variables;
        this.values = new double[variables.size()];
        this.changedAt = new double[variables.size()];
        this.discrete = new boolean[variables.size()];
        for (int i = 0; i < discrete.length; i++) {
            discrete[i] = !variables.get(i).isAnalog();
        }
    }

    void set(int index, double value, double now) {
        if (values[index] != value) {
            values[index] = value;
            changedAt[index] = now;
            if (keepChanges && discrete[index]) {
                changes.add(new Change(index, value, now));
            }
        }
    }

    /** From now on keeps every change of a discrete variable for {@link #takeChanges}. */
    void keepChanges() {
        keepChanges = true;
    }

    /** The changes of discrete variables since the last call, oldest first. */
    List<Change> takeChanges() {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<Change> taken = changes;
        changes = new ArrayList<>();
        return taken;
    }

    boolean isDiscrete(int index) {
        return discrete[index];
    }

    double get(int index) {
        return values[index];
    }

    double changedAt(int index) {
        return changedAt[index];
    }

    int size() {
        return values.length;
    }

    List<Variable> variables() {
        return variables;
    }

    /** The index of a variable by its path below the station or equipment; -1 if it has none. */
    int indexOf(String relativePath) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).relativePath().equals(relativePath)) {
                return i;
            }
        }
        return -1;
    }
}
