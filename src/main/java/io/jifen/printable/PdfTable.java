package io.jifen.printable;

import java.util.List;

/**
 * A table to print: columns with relative widths, and rows; a row may carry a detail line printed across the whole
 * width under it (the 公示 sheet's reasons under each name), kept on the same page as its row.
 */
record PdfTable(List<Column> columns, Iterable<Row> rows) {

    enum Align {
        LEFT, RIGHT, CENTER
    }

    /** @param weight share of the width relative to the other columns */
    record Column(String header, float weight, Align align) {

        static Column left(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        static Column right(String header, float weight) {
            return new Column(header, weight, Align.RIGHT);
        }

        static Column center(String header, float weight) {
            return new Column(header, weight, Align.CENTER);
        }
    }

    /** @param detail text under the row across all columns, or null */
    record Row(List<String> cells, String detail) {

        static Row of(List<String> cells) {
            return new Row(cells, null);
        }
    }
}
