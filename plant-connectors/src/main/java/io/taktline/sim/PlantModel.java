package io.taktline.sim;

import io.taktline.sim.GroundTruth.Count;
import io.taktline.sim.PlantLayout.Line;
import io.taktline.sim.PlantLayout.Shop;
import io.taktline.sim.PlantLayout.Station;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The simulated plant as a discrete-event model: stations linked by buffers, one event calendar in
 * simulated seconds since the start. Events at the same time run in the order they were scheduled,
 * so a run depends only on the layout and the seed.
 */
final class PlantModel {

    private static final double VALUE_TIME_CONSTANT_S = 5;

    private record Event(double time, long sequence, Runnable action) {}

    private final PriorityQueue<Event> events =
            new PriorityQueue<>(Comparator.comparingDouble(Event::time).thenComparingLong(Event::sequence));
    private final ArrayDeque<StationModel> work = new ArrayDeque<>();
    private final List<StationModel> stations = new ArrayList<>();
    private final ShiftCalendar calendar;
    private final TruthRecorder truth;
    private final Random noise;
    private long sequence;
    private double now;

    /**
     * A plant whose run starts at {@code start} (its breaks fall at clock times) and that records its
     * ground truth when {@code truth} is not null.
     */
    PlantModel(PlantLayout layout, long seed, Instant start, TruthRecorder truth) {
        this.truth = truth;
        this.calendar = new ShiftCalendar(start);
        Random seeds = new Random(seed);
        this.noise = new Random(seeds.nextLong());
        for (Shop shop : layout.shops()) {
            for (Line line : shop.lines()) {
                addLine(shop, line, seeds);
            }
        }
        for (StationModel station : stations) {
            wake(station);
        }
        drain();
        scheduleBreak(0);
    }

    private void addLine(Shop shop, Line line, Random seeds) {
        List<StationModel> models = new ArrayList<>();
        List<Buffer> buffers = new ArrayList<>();
        for (Station station : line.stations()) {
            models.add(new StationModel(
                    PlantLayout.stationPath(shop, line, station), station, this, new Random(seeds.nextLong())));
            Buffer after = new Buffer(station.bufferAfter());
            // Half-full buffers: the line starts with its usual work in progress.
            for (int i = 0; i < station.bufferAfter() / 2; i++) {
                after.put(new Buffer.Part(false));
            }
            buffers.add(after);
        }
        // The first station has endless supply, the last an endless sink.
        int last = models.size() - 1;
        for (int i = 0; i <= last; i++) {
            models.get(i)
                    .link(
                            i > 0 ? buffers.get(i - 1) : null,
                            i > 0 ? models.get(i - 1) : null,
                            i < last ? buffers.get(i) : null,
                            i < last ? models.get(i + 1) : null);
        }
        stations.addAll(models);
    }

    void advance(double seconds) {
        advanceTo(now + seconds);
    }

    /** Runs every event up to the given simulated second. */
    void advanceTo(double time) {
        while (!events.isEmpty() && events.peek().time() <= time) {
            Event event = events.poll();
            now = event.time();
            event.action().run();
            drain();
        }
        now = Math.max(now, time);
    }

    /** Moves every continuous analog value on by a step of simulated seconds, ending now. */
    void settle(double seconds) {
        double decay = 1 - Math.exp(-seconds / VALUE_TIME_CONSTANT_S);
        for (StationModel station : stations) {
            station.settle(now, decay, noise);
        }
    }

    void schedule(double time, Runnable action) {
        events.add(new Event(time, sequence++, action));
    }

    /** Has the station look at what it can do once the current event is done. */
    void wake(StationModel station) {
        if (station != null && !station.queued) {
            station.queued = true;
            work.add(station);
        }
    }

    void recordCycle(String station, double end, double duration, String outcome) {
        if (truth != null) {
            truth.cycle(station, end, duration, outcome);
        }
    }

    TruthRecorder truth() {
        return truth;
    }

    double now() {
        return now;
    }

    List<StationModel> stations() {
        return stations;
    }

    /** What happened so far; null when the plant does not record its truth. */
    GroundTruth groundTruth() {
        if (truth == null) {
            return null;
        }
        List<Count> counts = stations.stream().map(StationModel::count).toList();
        return truth.snapshot(now, counts);
    }

    static TruthRecorder recorder(long seed, Instant start) {
        return new TruthRecorder(seed, start);
    }

    private void drain() {
        while (!work.isEmpty()) {
            StationModel station = work.poll();
            station.queued = false;
            station.evaluate(now);
        }
    }

    private void scheduleBreak(double from) {
        double[] pause = calendar.nextBreak(from);
        schedule(pause[0], () -> {
            stations.forEach(s -> s.startBreak(now));
            schedule(pause[1], () -> {
                stations.forEach(s -> s.endBreak(now));
                scheduleBreak(pause[1]);
            });
        });
    }
}
