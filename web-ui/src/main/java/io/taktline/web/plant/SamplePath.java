package io.taktline.web.plant;

import io.taktline.connect.Quality;
import io.taktline.connect.Sample;
import io.taktline.connect.SampleSink;
import io.taktline.core.signal.Reading;
import io.taktline.core.signal.SignalInterpreter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where the connectors deliver: the live values, the signal interpreter and the historian. It runs
 * on Milo's delivery threads, so nothing here blocks; a connector's {@link Sample} becomes the
 * domain's {@link Reading} here, and only for the tags that carry a signal.
 */
@ApplicationScoped
public class SamplePath implements SampleSink {

    @Inject
    LiveValues live;

    @Inject
    SignalInterpreter signals;

    @Inject
    PlantHistorian historian;

    @Override
    public void accept(Sample sample) {
        live.record(sample);
        if (!sample.isText() && signals.follows(sample.tagId())) {
            signals.offer(new Reading(
                    sample.tagId(), sample.sourceTimeMicros(), sample.value(), sample.quality() != Quality.BAD));
        }
        historian.append(sample);
    }
}
