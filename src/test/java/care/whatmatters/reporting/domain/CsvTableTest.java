package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void writesTheHeaderThenEachRowWithCrlfLineEnds() {
        CsvTable csv = new CsvTable(List.of("a", "b")).row(List.of("1", "2")).row(List.of("3", "4"));

        assertThat(csv.render()).isEqualTo("a,b\r\n1,2\r\n3,4\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesOrLineBreaksAndDoublesTheQuotes() {
        CsvTable csv = new CsvTable(List.of("name")).row(List.of("Leeds, West")).row(List.of("the \"best\""))
                .row(List.of("two\nlines"));

        assertThat(csv.render()).isEqualTo("name\r\n\"Leeds, West\"\r\n\"the \"\"best\"\"\"\r\n\"two\nlines\"\r\n");
    }

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormulaButLeavesNegativeNumbers() {
        CsvTable csv = new CsvTable(List.of("x")).row(List.of("=HYPERLINK(\"x\")")).row(List.of("-1.5"));

        assertThat(csv.rows()).hasSize(2);
        assertThat(csv.render()).isEqualTo("x\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n-1.5\r\n");
    }

    @Test
    void refusesARowWithTheWrongNumberOfFieldsAndWritesNullAsEmpty() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b")).row(List.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CsvTable(List.of("a", "b")).row(java.util.Arrays.asList("1", null)).render())
                .isEqualTo("a,b\r\n1,\r\n");
    }
}
