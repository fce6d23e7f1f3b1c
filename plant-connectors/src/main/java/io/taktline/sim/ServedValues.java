package io.taktline.sim;

import java.util.List;

/**
 * The current values of one station's or one equipment's variables, in the order of its variable
 * list, each with the simulated second it last changed: the OPC UA side serves them with that second
 * as source timestamp.
 */
final class ServedValues {

    private final List<Variable> variables;
    private final double[] values;
    private final double[] changedAt;

    ServedValues(List<Variable> variables) {
        this.variables = variables;
        this.values = new double[variables.size()];
        this.changedAt = new double[variables.size()];
    }

    void set(int index, double value, double now) {
        if (values[index] != value) {
            values[index] = value;
            changedAt[index] = now;
        }
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
