/// A bar chart drawn at build time as inline SVG: no script, nothing fetched.
///
/// The SVG carries a `<title>` and `<desc>` (named by `aria-labelledby`) and is drawn with CSS classes,
/// so it follows the theme's colours and dark mode; `rows` gives the same numbers for a data table.
public struct BarChart: Sendable, Equatable {
    public enum Layout: Sendable, Equatable {
        /// One bar a row, its label above it: for long labels such as article titles.
        case rows
        /// One bar a row, its label to its left: for short labels such as words.
        case sideLabels
        /// Columns along an axis, labels beneath: for a sequence such as decades.
        case columns
    }

    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        /// The value as printed beside the bar and in the table (`4,093`).
        public var valueText: String

        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    /// Prefix of the element ids (`chart-lengths` → `chart-lengths-title`); unique on the page.
    public var id: String
    public var title: String
    public var summary: String
    public var bars: [Bar]
    public var layout: Layout

    public init(id: String, title: String, summary: String, bars: [Bar], layout: Layout = .rows) {
        self.id = id
        self.title = title
        self.summary = summary
        self.bars = bars
        self.layout = layout
    }

    /// The width of the drawing in SVG units. CSS scales it to the column (about 630 px on a desktop,
    /// 350 on a phone), so 13-unit text reads at 16 px there; on a phone the stylesheet sets larger text
    /// to make up for the scaling, and `labelEm` leaves room for it.
    package static let width = 520.0
    /// Room kept for one character of a side label: more than the 13-unit text needs, for phones.
    static let labelEm = 18.0

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let body: (height: Double, marks: String)
        switch layout {
        case .rows: body = drawRows()
        case .sideLabels: body = drawSideLabels()
        case .columns: body = drawColumns()
        }
        let height = Self.number(body.height)
        return """
            <svg class="chart-svg" role="img" aria-labelledby="\(id)-title \(id)-desc" \
            viewBox="0 0 \(Self.number(Self.width)) \(height)" width="\(Self.number(Self.width))" height="\(height)" \
            xmlns="http://www.w3.org/2000/svg">
            <title id="\(id)-title">\(XMLText.escape(title))</title>
            <desc id="\(id)-desc">\(XMLText.escape(summary))</desc>
            \(body.marks)</svg>
            """
    }

    private var maximum: Double { max(bars.map(\.value).max() ?? 0, 1) }

    private func drawRows() -> (Double, String) {
        let rowHeight = 40.0, barHeight = 14.0, valueSpace = 64.0
        var marks = ""
        for (index, bar) in bars.enumerated() {
            let top = Double(index) * rowHeight
            let length = max((Self.width - valueSpace) * bar.value / maximum, bar.value > 0 ? 1 : 0)
            marks += """
                <g class="chart-row"><text class="chart-label" x="0" y="\(Self.number(top + 14))">\(XMLText.escape(Self.clip(bar.label, 26)))</text>\
                <rect class="chart-bar" x="0" y="\(Self.number(top + 20))" width="\(Self.number(length))" height="\(Self.number(barHeight))"/>\
                <text class="chart-value" x="\(Self.number(length + 4))" y="\(Self.number(top + 32))">\(XMLText.escape(bar.valueText))</text></g>

                """
        }
        return (max(Double(bars.count) * rowHeight, rowHeight), marks)
    }

    private func drawSideLabels() -> (Double, String) {
        let rowHeight = 24.0, barHeight = 14.0, valueSpace = 44.0
        // Labels are Chinese words: about one em per character.
        let longest = Double(bars.map { min($0.label.count, 8) }.max() ?? 1)
        let labelWidth = longest * Self.labelEm + 8
        let plotWidth = Self.width - labelWidth - valueSpace
        var marks = ""
        for (index, bar) in bars.enumerated() {
            let top = Double(index) * rowHeight
            let length = max(plotWidth * bar.value / maximum, bar.value > 0 ? 1 : 0)
            marks += """
                <g class="chart-row"><text class="chart-label" x="\(Self.number(labelWidth - 6))" y="\(Self.number(top + 16))" text-anchor="end">\(XMLText.escape(Self.clip(bar.label, 8)))</text>\
                <rect class="chart-bar" x="\(Self.number(labelWidth))" y="\(Self.number(top + 5))" width="\(Self.number(length))" height="\(Self.number(barHeight))"/>\
                <text class="chart-value" x="\(Self.number(labelWidth + length + 4))" y="\(Self.number(top + 16))">\(XMLText.escape(bar.valueText))</text></g>

                """
        }
        return (max(Double(bars.count) * rowHeight, rowHeight), marks)
    }

    private func drawColumns() -> (Double, String) {
        let plotTop = 18.0, plotHeight = 150.0, labelSpace = 22.0
        let slot = Self.width / Double(max(bars.count, 1))
        let barWidth = max(slot * 0.7, 1)
        let baseline = plotTop + plotHeight
        var marks = "<line class=\"chart-axis\" x1=\"0\" y1=\"\(Self.number(baseline))\" x2=\"\(Self.number(Self.width))\" y2=\"\(Self.number(baseline))\"/>\n"
        for (index, bar) in bars.enumerated() {
            let height = plotHeight * bar.value / maximum
            let left = Double(index) * slot + (slot - barWidth) / 2
            let centre = Double(index) * slot + slot / 2
            marks += """
                <g class="chart-column"><rect class="chart-bar" x="\(Self.number(left))" y="\(Self.number(baseline - height))" width="\(Self.number(barWidth))" height="\(Self.number(height))"/>\
                <text class="chart-value" x="\(Self.number(centre))" y="\(Self.number(baseline - height - 4))" text-anchor="middle">\(XMLText.escape(bar.valueText))</text>\
                <text class="chart-label" x="\(Self.number(centre))" y="\(Self.number(baseline + 16))" text-anchor="middle">\(XMLText.escape(bar.label))</text></g>

                """
        }
        return (baseline + labelSpace, marks)
    }

    /// Numbers in SVG attributes: at most one decimal, no trailing `.0`, so output is stable and short.
    package static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A label cut to `limit` characters with an ellipsis (the full text is in the data table).
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
