package io.taktline.sim;

import io.taktline.sim.Buffer.Part;
import io.taktline.sim.GroundTruth.Count;
import io.taktline.sim.PlantLayout.Station;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One station of a line as a discrete-event process: it takes a part from the buffer before it
 * (STARVED when that is empty), works it for its cycle time (RUNNING) unless one of its equipment
 * fails (DOWN until repaired) or it stops briefly (IDLE), then hands it to the buffer after it
 * (BLOCKED while that is full). Breaks (PLANNED_STOP) suspend whatever it does; presses change dies
 * after the last part of a batch (CHANGEOVER); operators pull the andon on assembly stations.
 *
 * <p>Every decision draws from the station's own seeded {@link Random} in event order, so the same
 * seed gives the same events however finely the plant's time is sliced.
 */
final class StationModel {

    static final int STATE = 0;
    static final int PART_COUNT = 1;
    static final int PROCESS_VALUE = 2;
    static final int CYCLE_COMPLETE = 3;
    static final int ANDON = 4;
    static final int GOOD_COUNT = 5;
    static final int SCRAP_COUNT = 6;

    static final double MICRO_STOPS_PER_HOUR = 2;
    static final double MEAN_MICRO_STOP_S = 20;
    static final int PRESS_BATCH = 900;
    static final double ANDON_PER_CYCLE = 0.03;
    static final double ANDON_STOP_SHARE = 0.35;
    private static final double CYCLE_SCATTER = 0.04;
    private static final long COUNTER_MASK = 0xFFFF_FFFFL;

    private enum Activity {
        NONE,
        PROCESSING,
        REPAIR,
        MICRO_STOP,
        CHANGEOVER,
        ANDON_STOP
    }

    private final String path;
    private final Station spec;
    private final PlantModel plant;
    private final Random random;
    private final List<EquipmentModel> equipment = new ArrayList<>();
    private final ServedValues values;
    private final boolean changesDies;
    private final boolean hasAndon;
    private final long counterStart;
    private Buffer upstream;
    private Buffer downstream;
    private StationModel previous;
    private StationModel next;

    private StationState state = StationState.RUNNING;
    private Part part;
    private boolean partDone;
    private double remainingWork;
    private double cycleStart;
    private Activity activity = Activity.NONE;
    private double activityStart;
    private double activityEnd;
    private int epoch;
    private boolean onBreak;
    private Activity suspended = Activity.NONE;
    private double suspendedRemaining;
    private EquipmentModel failing;
    private EquipmentModel failed;
    private boolean changeoverDue;
    private int batchLeft;
    private long produced;
    private long good;
    private long rework;
    private long scrap;
    boolean queued;

    StationModel(String path, Station spec, PlantModel plant, Random random) {
        this.path = path;
        this.spec = spec;
        this.plant = plant;
        this.random = random;
        this.values = new ServedValues(spec.variables());
        this.counterStart = random.nextInt(100_000);
        for (PlantLayout.Equipment e : spec.equipment()) {
            equipment.add(new EquipmentModel(path + "/" + e.code(), e, new Random(random.nextLong()), counterStart));
        }
        this.changesDies = spec.has(EquipmentKind.PRESS);
        this.hasAndon = spec.has(EquipmentKind.NUTRUNNER);
        this.batchLeft = 1 + random.nextInt(PRESS_BATCH);
        values.set(STATE, StationState.RUNNING.code(), 0);
        values.set(PART_COUNT, counterStart, 0);
        values.set(GOOD_COUNT, counterStart, 0);
        values.set(PROCESS_VALUE, equipment.get(0).mainValue(), 0);
        // A line keeps its work in progress from one shift to the next: start with a part half done.
        part = new Part(false);
        double cycle = nextCycleTime();
        remainingWork = cycle * random.nextDouble();
        cycleStart = -(cycle - remainingWork);
    }

    void link(Buffer before, StationModel previousStation, Buffer after, StationModel nextStation) {
        this.upstream = before;
        this.previous = previousStation;
        this.downstream = after;
        this.next = nextStation;
    }

    /** Does what the station can do now: hand on, change over, take a part, or start work. */
    void evaluate(double now) {
        if (onBreak || activity != Activity.NONE) {
            return;
        }
        if (part != null && partDone) {
            if (downstream != null && downstream.isFull()) {
                enter(StationState.BLOCKED, "blocked", now);
                return;
            }
            if (downstream != null) {
                downstream.put(part);
                plant.wake(next);
            }
            part = null;
            partDone = false;
        }
        if (changeoverDue) {
            changeoverDue = false;
            equipment.forEach(e -> e.changeDie(now));
            start(Activity.CHANGEOVER, (6 + 3 * random.nextDouble()) * 60, now);
            return;
        }
        if (part == null) {
            if (!takePart()) {
                enter(StationState.STARVED, "starved", now);
                return;
            }
            cycleStart = now;
            remainingWork = nextCycleTime();
            for (EquipmentModel e : equipment) {
                remainingWork += e.extraWorkForNextPart(now);
            }
            if (random.nextDouble() < MICRO_STOPS_PER_HOUR * spec.cycleSeconds() / 3600) {
                start(Activity.MICRO_STOP, Math.min(120, 3 + exponential(MEAN_MICRO_STOP_S)), now);
                return;
            }
        }
        startProcessing(now);
    }

    /** The scheduled end of the current activity has come. */
    private void activityEnded(double now) {
        Activity finished = activity;
        activity = Activity.NONE;
        switch (finished) {
            case PROCESSING -> {
                stopProcessing(now);
                if (failing != null) {
                    failed = failing;
                    failing = null;
                    start(Activity.REPAIR, failed.fail(now), now);
                    return;
                }
                completeCycle(now);
                if (activity != Activity.NONE) {
                    return;
                }
            }
            case REPAIR -> {
                failed.repaired(now);
                failed = null;
            }
            case ANDON_STOP -> values.set(ANDON, 0, now);
            default -> {}
        }
        plant.wake(this);
    }

    void startBreak(double now) {
        onBreak = true;
        if (activity != Activity.NONE) {
            epoch++;
            if (activity == Activity.PROCESSING) {
                stopProcessing(now);
                failing = null;
            } else {
                suspended = activity;
                suspendedRemaining = activityEnd - now;
            }
            activity = Activity.NONE;
        }
        enter(StationState.PLANNED_STOP, "break", now);
    }

    void endBreak(double now) {
        onBreak = false;
        if (suspended != Activity.NONE) {
            Activity resumed = suspended;
            suspended = Activity.NONE;
            start(resumed, suspendedRemaining, now);
        } else {
            plant.wake(this);
        }
    }

    private boolean takePart() {
        if (upstream == null) {
            boolean last = false;
            if (changesDies && --batchLeft == 0) {
                last = true;
                batchLeft = PRESS_BATCH;
            }
            part = new Part(last);
            return true;
        }
        if (upstream.isEmpty()) {
            return false;
        }
        part = upstream.take();
        plant.wake(previous);
        return true;
    }

    private void startProcessing(double now) {
        failing = null;
        double duration = Math.max(0, remainingWork);
        for (EquipmentModel e : equipment) {
            if (e.untilFailure() < duration) {
                duration = Math.max(0, e.untilFailure());
                failing = e;
            }
        }
        start(Activity.PROCESSING, duration, now);
    }

    private void stopProcessing(double now) {
        double elapsed = now - activityStart;
        equipment.forEach(e -> e.operate(elapsed));
        remainingWork -= elapsed;
    }

    private void completeCycle(double now) {
        String outcome = "GOOD";
        for (EquipmentModel e : equipment) {
            String own = e.finishPart(now);
            if (own.equals("SCRAP") || (own.equals("REWORK") && outcome.equals("GOOD"))) {
                outcome = own;
            }
        }
        double cycleTime = now - cycleStart;
        produced++;
        switch (outcome) {
            case "GOOD" -> {
                good++;
                values.set(GOOD_COUNT, (long) (values.get(GOOD_COUNT) + 1) & COUNTER_MASK, now);
            }
            case "REWORK" -> rework++;
            default -> {
                scrap++;
                values.set(SCRAP_COUNT, (long) (values.get(SCRAP_COUNT) + 1) & COUNTER_MASK, now);
            }
        }
        values.set(PART_COUNT, (long) (values.get(PART_COUNT) + 1) & COUNTER_MASK, now);
        values.set(CYCLE_COMPLETE, 1 - values.get(CYCLE_COMPLETE), now);
        for (EquipmentModel e : equipment) {
            e.count(outcome, cycleTime, now);
        }
        plant.recordCycle(path, now, cycleTime, outcome);
        changeoverDue = changesDies && part.lastOfBatch();
        if (outcome.equals("SCRAP")) {
            part = null;
        } else {
            partDone = true;
        }
        if (hasAndon && random.nextDouble() < ANDON_PER_CYCLE) {
            pullAndon(now);
        }
    }

    /** An operator pulls the andon: mostly the team leader sorts it out in time, sometimes the station stops. */
    private void pullAndon(double now) {
        values.set(ANDON, 1, now);
        if (random.nextDouble() < ANDON_STOP_SHARE) {
            start(Activity.ANDON_STOP, 30 + exponential(60), now);
        } else {
            plant.schedule(now + 10 + 30 * random.nextDouble(), () -> {
                if (activity != Activity.ANDON_STOP && suspended != Activity.ANDON_STOP) {
                    values.set(ANDON, 0, plant.now());
                }
            });
        }
    }

    private void start(Activity kind, double duration, double now) {
        activity = kind;
        activityStart = now;
        activityEnd = now + duration;
        int scheduled = ++epoch;
        plant.schedule(activityEnd, () -> {
            if (epoch == scheduled) {
                activityEnded(plant.now());
            }
        });
        switch (kind) {
            case PROCESSING -> enter(StationState.RUNNING, "cycle", now);
            case REPAIR -> enter(StationState.DOWN, "fault", now);
            case MICRO_STOP -> enter(StationState.IDLE, "micro-stop", now);
            case CHANGEOVER -> enter(StationState.CHANGEOVER, "changeover", now);
            case ANDON_STOP -> enter(StationState.DOWN, "andon", now);
            default -> throw new IllegalStateException("no state for " + kind);
        }
    }

    private void enter(StationState newState, String cause, double now) {
        state = newState;
        values.set(STATE, newState.code(), now);
        boolean fault = newState == StationState.DOWN && failed != null && cause.equals("fault");
        TruthRecorder truth = plant.truth();
        if (truth != null) {
            int code = fault ? (int) failed.values().get(EquipmentModel.FAULT_CODE) : 0;
            truth.state(path, newState, cause, code, fault ? failed.path() : null, now);
        }
        for (EquipmentModel e : equipment) {
            e.follow(newState, fault && e == failed, now, truth, cause);
        }
    }

    /** Moves the analog values on by a step of simulated time. */
    void settle(double now, double decay, Random noise) {
        for (EquipmentModel e : equipment) {
            e.settle(now, decay, noise);
        }
        values.set(PROCESS_VALUE, equipment.get(0).mainValue(), now);
    }

    Count count() {
        return new Count(path, produced, good, rework, scrap, counterStart, (long) values.get(PART_COUNT));
    }

    String path() {
        return path;
    }

    StationState state() {
        return state;
    }

    long partCount() {
        return (long) values.get(PART_COUNT);
    }

    double value() {
        return values.get(PROCESS_VALUE);
    }

    ServedValues values() {
        return values;
    }

    List<EquipmentModel> equipment() {
        return equipment;
    }

    private double nextCycleTime() {
        double cycle = spec.cycleSeconds();
        return Math.max(cycle / 2, cycle * (1 + CYCLE_SCATTER * random.nextGaussian()));
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
