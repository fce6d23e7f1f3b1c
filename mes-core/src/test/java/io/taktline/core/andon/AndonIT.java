package io.taktline.core.andon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taktline.core.EmbeddedDatabase;
import io.taktline.core.MovableClock;
import io.taktline.core.andon.infrastructure.JdbcAndonStore;
import io.taktline.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Andon calls raised, acknowledged and closed in the real schema of an embedded PostgreSQL. */
class AndonIT {

    private static final Instant T0 = Instant.parse("2026-12-01T06:00:00Z");
    private static final AtomicLong STATIONS = new AtomicLong(5000);
    private static Database database;
    private static MovableClock clock;
    private static AndonCalls andon;
    private static final List<AndonCall> HEARD = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void openDatabase() throws Exception {
        database = EmbeddedDatabase.open("andon");
        clock = new MovableClock(T0);
        andon = new AndonCalls(new JdbcAndonStore(database.dataSource()), clock);
        andon.onChange(HEARD::add);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aCallIsRaisedAcknowledgedAndClosedWithTheTimeAndPersonOfEachStep() throws Exception {
        long station = STATIONS.incrementAndGet();
        clock.set(T0);
        AndonCall raised = andon.raise(station, AndonKind.MATERIAL, "  clips for door trim ", "ana");
        clock.set(T0.plusSeconds(40));
        AndonCall acknowledged = andon.acknowledge(raised.id(), "ben");
        clock.set(T0.plusSeconds(300));
        AndonCall closed = andon.close(raised.id(), "ben");

        assertThat(raised.state()).isEqualTo(AndonCall.State.RAISED);
        assertThat(raised.note()).isEqualTo("clips for door trim");
        assertThat(raised.raisedAt()).isEqualTo(T0);
        assertThat(raised.raisedBy()).isEqualTo("ana");
        assertThat(acknowledged.state()).isEqualTo(AndonCall.State.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(T0.plusSeconds(40));
        assertThat(closed.state()).isEqualTo(AndonCall.State.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(closed.closedBy()).isEqualTo("ben");
        assertThat(andon.call(raised.id())).isEqualTo(closed);
        assertThat(HEARD).contains(raised, acknowledged, closed);
        assertThat(audit(raised.id())).containsExactly("RAISE", "ACKNOWLEDGE", "CLOSE");

        assertThat(andon.open(Set.of(station))).isEmpty();
        assertThat(andon.calls(Set.of(station), T0.minusSeconds(60), T0.plusSeconds(1)))
                .containsExactly(closed);
        assertThat(andon.calls(Set.of(station), T0.plusSeconds(301), T0.plusSeconds(400)))
                .isEmpty();
    }

    @Test
    void oneCallOfAKindIsOpenPerStationAndAStepOnAClosedCallChangesNothing() throws Exception {
        long station = STATIONS.incrementAndGet();
        clock.set(T0);
        AndonCall help = andon.raise(station, AndonKind.HELP, null, "ana");
        AndonCall quality = andon.raise(station, AndonKind.QUALITY, "", "ana");

        assertThatThrownBy(() -> andon.raise(station, AndonKind.HELP, null, "carl"))
                .isInstanceOf(AndonException.class)
                .hasMessageContaining("station " + station + " has an open HELP call already")
                .satisfies(e -> assertThat(((AndonException) e).kind()).isEqualTo(AndonException.Kind.CONFLICT));
        assertThat(quality.note()).isNull();
        assertThat(andon.open(Set.of(station))).containsExactly(help, quality);

        andon.acknowledge(help.id(), "ben");
        assertThatThrownBy(() -> andon.acknowledge(help.id(), "carl")).hasMessageContaining("was acknowledged by ben");
        andon.close(help.id(), "ben");
        assertThatThrownBy(() -> andon.close(help.id(), "carl")).hasMessageContaining("was closed by ben");
        assertThatThrownBy(() -> andon.acknowledge(help.id(), "carl")).hasMessageContaining("was closed by ben");
        assertThat(audit(help.id())).containsExactly("RAISE", "ACKNOWLEDGE", "CLOSE");

        // Closed, the kind can be called again.
        AndonCall again = andon.raise(station, AndonKind.HELP, null, "ana");
        assertThat(again.id()).isNotEqualTo(help.id());
        assertThatThrownBy(() -> andon.close(new AndonCallId(987654321L), "ben"))
                .hasMessage("there is no andon call 987654321")
                .satisfies(e -> assertThat(((AndonException) e).kind()).isEqualTo(AndonException.Kind.NOT_FOUND));
    }

    @Test
    void refusesANoteTooLongAndAPeriodTooLongOrEmpty() {
        long station = STATIONS.incrementAndGet();
        assertThatThrownBy(() -> andon.raise(station, AndonKind.HELP, "x".repeat(501), "ana"))
                .hasMessage("note has 501 characters; give at most 500");
        assertThatThrownBy(() -> andon.calls(Set.of(station), T0, T0.plus(Duration.ofDays(32))))
                .hasMessageContaining("longer than 31 days");
        assertThatThrownBy(() -> andon.calls(Set.of(station), T0, T0)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> AndonKind.parse("field 'kind'", "COFFEE"))
                .hasMessage("field 'kind' is 'COFFEE'; give one of [HELP, MATERIAL, QUALITY, MAINTENANCE]");
        assertThat(andon.open(Set.of(station))).isEmpty();
    }

    private static List<String> audit(AndonCallId id) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement query = c.prepareStatement(
                        "select action from audit_log where entity = 'andon_call' and entity_key = ? order by id")) {
            query.setString(1, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }
}
