package care.whatmatters.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryCsvTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(SummaryCsv.quoted("plain")).isEqualTo("plain");
        assertThat(SummaryCsv.quoted("Bradford, Craven")).isEqualTo("\"Bradford, Craven\"");
        assertThat(SummaryCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SummaryCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void keepsASpreadsheetFromRunningATextAsAFormula() {
        assertThat(SummaryCsv.quoted("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(SummaryCsv.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SummaryCsv.quoted("-12.5")).as("negative numbers stay numbers").isEqualTo("-12.5");
    }
}
