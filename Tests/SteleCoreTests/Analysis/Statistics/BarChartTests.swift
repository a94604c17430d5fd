import Testing
@testable import StelePages

@Suite struct BarChartTests {
    let chart = BarChart(id: "chart-test", title: "Lengths <of> articles", summary: "A & B, longest first",
                         bars: [BarChart.Bar(label: "A <b>", value: 200, valueText: "200"),
                                BarChart.Bar(label: "B", value: 50, valueText: "50")])

    @Test func isAnImageWithATitleAndADescription() {
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"chart-test-title chart-test-desc\""))
        #expect(svg.contains("<title id=\"chart-test-title\">Lengths &lt;of&gt; articles</title>"))
        #expect(svg.contains("<desc id=\"chart-test-desc\">A &amp; B, longest first</desc>"))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func drawsOneBarPerValueInProportion() {
        let svg = chart.svg()
        #expect(svg.components(separatedBy: "<rect class=\"chart-bar\"").count - 1 == 2)
        // Rows are 520 wide with 64 kept for the value: the longest bar is 456, a quarter of it 114.
        #expect(svg.contains("width=\"456\""))
        #expect(svg.contains("width=\"114\""))
        #expect(svg.contains(">A &lt;b&gt;</text>"), "labels are escaped")
    }

    @Test func columnsStandOnABaseline() {
        let columns = BarChart(id: "c", title: "t", summary: "s",
                               bars: [BarChart.Bar(label: "1920", value: 3, valueText: "3"),
                                      BarChart.Bar(label: "1930", value: 0, valueText: "0")],
                               layout: .columns)
        let svg = columns.svg()
        #expect(svg.contains("<line class=\"chart-axis\""))
        #expect(svg.contains("height=\"150\""), "the tallest column fills the plot")
        #expect(svg.contains("height=\"0\""))
        #expect(svg.contains(">1930</text>"))
    }

    @Test func sideLabelsLeaveRoomForTheLongestLabel() {
        let words = BarChart(id: "w", title: "t", summary: "s",
                             bars: [BarChart.Bar(label: "基层党组织", value: 10, valueText: "10")], layout: .sideLabels)
        // Five characters at 18 units and a margin of 8: the bar starts at 98.
        #expect(words.svg().contains("<rect class=\"chart-bar\" x=\"98\""))
    }

    @Test func sameChartSameBytes() {
        #expect(chart.svg() == chart.svg())
    }
}
