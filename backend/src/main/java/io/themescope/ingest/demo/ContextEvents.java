package io.themescope.ingest.demo;

import static io.themescope.ingest.demo.DemoTheme.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Real events that pushed a theme up at the meetings that followed them, fading linearly over a
 * window (a disaster is still on the agenda a year later, less so after two). Meetings dated only
 * by month or year are placed at the first day of that month or year.
 */
final class ContextEvents {

    record Event(DemoTheme theme, LocalDate start, LocalDate end, double peak, String what) {
    }

    static final List<Event> EVENTS = List.of(
            new Event(NATURAL_DISASTERS, LocalDate.of(2004, 12, 26), LocalDate.of(2007, 12, 31), 1.6, "Indian Ocean tsunami"),
            new Event(HADR, LocalDate.of(2004, 12, 26), LocalDate.of(2007, 12, 31), 1.4, "Indian Ocean tsunami"),
            new Event(NATURAL_DISASTERS, LocalDate.of(2008, 5, 2), LocalDate.of(2011, 5, 31), 2.4, "Cyclone Nargis"),
            new Event(HADR, LocalDate.of(2008, 5, 2), LocalDate.of(2011, 5, 31), 1.7, "Cyclone Nargis"),
            new Event(PANDEMIC_AND_HEALTH, LocalDate.of(2009, 4, 15), LocalDate.of(2010, 12, 31), 3.0, "H1N1 influenza pandemic"),
            new Event(NATURAL_DISASTERS, LocalDate.of(2013, 11, 8), LocalDate.of(2016, 6, 30), 2.4, "Typhoon Haiyan"),
            new Event(HADR, LocalDate.of(2013, 11, 8), LocalDate.of(2016, 6, 30), 1.7, "Typhoon Haiyan"),
            new Event(NUCLEAR_AND_WMD, LocalDate.of(2016, 1, 6), LocalDate.of(2018, 6, 12), 2.2, "North Korean nuclear and missile tests"),
            new Event(SOUTH_CHINA_SEA, LocalDate.of(2016, 7, 12), LocalDate.of(2018, 7, 12), 1.3, "South China Sea arbitral award"),
            new Event(TERRORISM, LocalDate.of(2017, 5, 23), LocalDate.of(2018, 12, 31), 1.6, "siege of Marawi"),
            new Event(ARMS_RACE, LocalDate.of(2021, 9, 15), LocalDate.of(2023, 9, 15), 1.6, "AUKUS announcement"),
            new Event(NUCLEAR_AND_WMD, LocalDate.of(2021, 9, 15), LocalDate.of(2023, 9, 15), 1.4, "AUKUS announcement"),
            new Event(GEOPOLITICAL_SHIFTS, LocalDate.of(2022, 2, 24), LocalDate.of(2024, 2, 24), 1.3, "war in Ukraine"));

    private ContextEvents() {
    }

    /** Product of the still-active events' factors for the theme at the given date. */
    static double factor(DemoTheme theme, LocalDate date) {
        double factor = 1.0;
        for (Event e : EVENTS) {
            if (e.theme() == theme && date.isAfter(e.start()) && !date.isAfter(e.end())) {
                double span = ChronoUnit.DAYS.between(e.start(), e.end());
                double elapsed = ChronoUnit.DAYS.between(e.start(), date);
                factor *= 1.0 + (e.peak() - 1.0) * (1.0 - elapsed / span);
            }
        }
        return factor;
    }
}
