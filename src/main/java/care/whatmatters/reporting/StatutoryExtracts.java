package care.whatmatters.reporting;

import care.whatmatters.reporting.domain.CsvTable;
import care.whatmatters.reporting.domain.PeriodKind;
import care.whatmatters.reporting.domain.PhbQuarterlyReturn;
import care.whatmatters.reporting.domain.Pseudonyms;
import care.whatmatters.reporting.domain.ReportPeriod;
import care.whatmatters.reporting.domain.SnomedActivity;
import care.whatmatters.reporting.domain.SocialPrescribingDataset;
import care.whatmatters.reporting.persistence.ExtractSources;
import care.whatmatters.shared.InputCheck;
import care.whatmatters.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory extracts for secondary use, as CSV (docs/reporting.md, "Extracts"). Every one leaves out
 * people who registered the national data opt-out and voided records; aggregates are suppressed, the
 * record-level dataset carries pseudonymous keys and generalised demographics only.
 */
@Service
@Transactional(readOnly = true)
public class StatutoryExtracts {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int LONGEST_DAYS = 3 * 366;

    private final ExtractSources sources;
    private final ExtractSettings extracts;
    private final ReportingSettings settings;
    private final Clock clock;

    StatutoryExtracts(ExtractSources sources, ExtractSettings extracts, ReportingSettings settings, Clock clock) {
        this.sources = sources;
        this.extracts = extracts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The PHB quarterly return for a financial quarter written "2026-Q3" (default: this quarter to date). */
    public CsvTable phbQuarterly(String quarter) {
        ReportPeriod period = quarter(quarter);
        LocalDate yearStart = ReportPeriod.containing(PeriodKind.YEAR, period.start()).start();
        return PhbQuarterlyReturn.of(sources.extractableBudgets(yearStart, period.end()), period,
                extracts.submitter(), extracts.phbItems(), settings.suppressBelow());
    }

    public CsvTable socialPrescribing(String from, String to) {
        LocalDate[] range = range(from, to);
        return SocialPrescribingDataset.of(sources.extractableReferrals(range[0], range[1]),
                new Pseudonyms(extracts.pseudonymSecret()), extracts.referralCode());
    }

    public CsvTable snomedActivity(String from, String to) {
        LocalDate[] range = range(from, to);
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = range[0].withDayOfMonth(1); !m.isAfter(range[1]); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<String> measures = extracts.snomed().keySet().stream().map(Enum::name).toList();
        return SnomedActivity.of(months, sources.extractableMonthlyPeople(months.getFirst(), months.getLast(),
                measures), extracts.snomed(), settings.suppressBelow());
    }

    ReportPeriod quarter(String value) {
        if (value == null || value.isBlank()) {
            return ReportPeriod.containing(PeriodKind.QUARTER, LocalDate.now(clock));
        }
        Matcher m = QUARTER.matcher(value.strip());
        if (!m.matches()) {
            throw InvalidInputException.of("quarter", "must be written like 2026-Q3: the year the financial year "
                    + "starts in, and its quarter (Q1 is April to June)");
        }
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 4, 1)
                .plusMonths(3L * (Integer.parseInt(m.group(2)) - 1));
        return new ReportPeriod(PeriodKind.QUARTER, start);
    }

    /** From and to (inclusive); by default the financial year to date. */
    LocalDate[] range(String from, String to) {
        InputCheck check = new InputCheck();
        LocalDate start = check.date("from", from);
        LocalDate end = check.date("to", to);
        check.orThrow();
        LocalDate today = LocalDate.now(clock);
        start = start == null ? ReportPeriod.containing(PeriodKind.YEAR, today).start() : start;
        end = end == null ? today : end;
        new InputCheck().that(!end.isBefore(start), "to", "must not be before 'from'")
                .that(!end.isAfter(start.plusDays(LONGEST_DAYS)), "to", "must be at most three years after 'from'")
                .orThrow();
        return new LocalDate[] {start, end};
    }
}
