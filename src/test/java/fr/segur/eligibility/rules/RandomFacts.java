package fr.segur.eligibility.rules;

import fr.segur.eligibility.catalog.ReferenceData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random employees, months and rule-set selections over every value the criteria look at (including
 * missing facts), weighted towards the sectors, agreements and establishments the rule sets name.
 */
public final class RandomFacts {

    private static final Integer[] IDCCS = {29, 413, 405, 783, 5502, 5524, 2941, 9999, 1000, null};
    private static final String[] RATIOS = {"0.8", "0.9", "0.5", "1", "0.75"};
    private static final String[] HOURS = {"75.83", "151.67", "160", "121.34", "136.5"};

    private final Random random;
    private final List<Job> jobs;
    private final List<String> establishments;
    private final List<String> ruleSetIds;

    public RandomFacts(long seed, ReferenceData reference, List<String> ruleSetIds) {
        this.random = new Random(seed);
        this.jobs = reference.jobList();
        this.establishments = List.copyOf(reference.establishmentTypes().keySet());
        this.ruleSetIds = ruleSetIds;
    }

    /** A month from mid-2019 (before every rule set) to 2027. */
    public YearMonth month() {
        return YearMonth.of(2019, 6).plusMonths(random.nextInt(103));
    }

    /** All rule sets most of the time, otherwise a non-empty subset. */
    public List<String> ruleSets() {
        if (random.nextInt(3) > 0) {
            return ruleSetIds;
        }
        List<String> subset = new ArrayList<>();
        for (String id : ruleSetIds) {
            if (random.nextBoolean()) {
                subset.add(id);
            }
        }
        return subset.isEmpty() ? List.of(ruleSetIds.get(random.nextInt(ruleSetIds.size()))) : subset;
    }

    public EmployeeFacts employee() {
        LocalDate start = random.nextInt(5) == 0 ? null : LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4200));
        LocalDate end = random.nextInt(4) > 0 ? null
                : (start == null ? LocalDate.of(2019, 1, 1) : start).plusDays(random.nextInt(2000));
        return new EmployeeFacts("R", pick(Sector.values()),
                random.nextInt(12) == 0 ? null : jobs.get(random.nextInt(jobs.size())),
                random.nextInt(12) == 0 ? null : establishments.get(random.nextInt(establishments.size())),
                funders(), random.nextInt(3) == 0 ? null : random.nextBoolean(), random.nextInt(5) > 0,
                IDCCS[random.nextInt(IDCCS.length)], random.nextInt(3) > 0,
                random.nextInt(3) == 0 ? null : random.nextBoolean(), workingTime(),
                random.nextBoolean() ? PartTimeScheme.TEMPS_PARTIEL : PartTimeScheme.TEMPS_NON_COMPLET,
                PayRate.values()[random.nextInt(6) < 4 ? 0 : random.nextInt(PayRate.values().length)], start, end);
    }

    private Sector pick(Sector[] values) {
        return random.nextInt(15) == 0 ? null : values[random.nextInt(values.length)];
    }

    private Set<Funder> funders() {
        if (random.nextInt(4) == 0) {
            return null;
        }
        Set<Funder> set = EnumSet.noneOf(Funder.class);
        for (Funder f : Funder.values()) {
            if (random.nextInt(3) == 0) {
                set.add(f);
            }
        }
        return Set.copyOf(set);
    }

    private WorkingTime workingTime() {
        return switch (random.nextInt(4)) {
            case 0 -> new WorkingTime(new BigDecimal(RATIOS[random.nextInt(RATIOS.length)]), null);
            case 1 -> new WorkingTime(null, new BigDecimal(HOURS[random.nextInt(HOURS.length)]));
            default -> WorkingTime.FULL_TIME;
        };
    }
}
