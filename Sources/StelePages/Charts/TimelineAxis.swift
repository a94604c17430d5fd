import SteleText

/// The timeline's year axis, drawn at build time as inline SVG: one dot per event above its year
/// (and month, when known), events of one year stacked, so that busy decades stand out at a glance.
///
/// A timeline too long for one page draws each year as a bar as tall as its number of events instead,
/// linking to that year on its decade's page, so the overview stays small however many events there are.
///
/// Each dot is a link (`<a href="#event-3">`) to the event in the list below, named by a `<title>`
/// with its date and headline, so keyboards and screen readers reach it too; no script. The `<svg>`
/// is named by its own `<title>` but has no `role="img"`, which would hide the links inside it
/// (and `role="group"` is not valid on `<svg>`).
struct TimelineAxis {
    struct Mark {
        var date: TimelineDate
        /// Where the dot links: the event in the list (`#event-3`).
        var href: String
        /// What the link is called: `2016年10月10日 …`.
        var title: String
    }

    /// One year drawn as a bar: how many events it has, where it links and what the link is called.
    struct YearBar {
        var year: Int
        var count: Int
        var href: String
        var title: String
    }

    var events: [Mark] = []
    var years: [YearBar] = []
    var title: String

    /// Drawn 640 units wide, scaled to the column by CSS.
    static let width = 640.0
    static let margin = 16.0
    /// Room above the axis for the tallest stack of dots.
    static let stackHeight = 96.0
    static let radius = 4.0

    /// The axis as an `<svg>` element; empty when there are no events.
    func svg() -> String {
        let allYears = events.map(\.date.year) + years.map(\.year)
        guard let first = allYears.min(), let last = allYears.max() else { return "" }
        // Whole decades, so that the ticks fall on 1940, 1950, …
        let from = first - first % 10, to = last - last % 10 + 10
        let plot = Self.width - 2 * Self.margin
        let perYear = plot / Double(to - from)
        let x = { (date: TimelineDate) -> Double in
            let withinYear = date.month.map { (Double($0) - 0.5) / 12 } ?? 0.5
            return Self.margin + (Double(date.year - from) + withinYear) * perYear
        }
        let counts = Dictionary(grouping: events, by: \.date.year).mapValues(\.count)
        let step = min(Self.radius * 2 + 1, (Self.stackHeight - Self.radius) / Double(max(counts.values.max() ?? 1, 1)))
        let baseline = Self.stackHeight + 8, height = baseline + 22
        let n = BarChart.number

        var marks = ""
        // Alternate decades are shaded, so that a decade's dots read as a group.
        let decades = Array(stride(from: from, to: to, by: 10))
        // Bare years (1940, not 1940年) stay apart on a phone, where the drawing shrinks to half.
        let labelEvery = decades.count > 12 ? 2 : 1
        for (index, decade) in decades.enumerated() {
            let left = Self.margin + Double(decade - from) * perYear
            if index % 2 == 0 {
                marks += "<rect class=\"timeline-axis-band\" x=\"\(n(left))\" y=\"0\" width=\"\(n(perYear * 10))\" height=\"\(n(baseline))\"/>\n"
            }
            if index % labelEvery == 0 {
                marks += "<text class=\"timeline-axis-label\" x=\"\(n(left))\" y=\"\(n(baseline + 16))\">\(decade)</text>\n"
            }
        }
        marks += "<line class=\"timeline-axis-line\" x1=\"\(n(Self.margin))\" y1=\"\(n(baseline))\" x2=\"\(n(Self.width - Self.margin))\" y2=\"\(n(baseline))\"/>\n"
        let tallest = Double(max(years.map(\.count).max() ?? 1, 1))
        for bar in years {
            let height = max(2, (Self.stackHeight - 2) * Double(bar.count) / tallest)
            marks += """
                <a href="\(XMLText.escape(bar.href))"><title>\(XMLText.escape(bar.title))</title>\
                <rect class="timeline-axis-mark" x="\(n(Self.margin + (Double(bar.year - from) + 0.1) * perYear))" \
                y="\(n(baseline - height))" width="\(n(max(perYear * 0.8, 1)))" height="\(n(height))"/></a>

                """
        }
        var stacked: [Int: Int] = [:]
        for event in events {
            let level = stacked[event.date.year, default: 0]
            stacked[event.date.year] = level + 1
            let cy = baseline - Self.radius - 2 - Double(level) * step
            marks += """
                <a href="\(XMLText.escape(event.href))"><title>\(XMLText.escape(event.title))</title>\
                <circle class="timeline-axis-mark" cx="\(n(x(event.date)))" cy="\(n(cy))" r="\(n(Self.radius))"/></a>

                """
        }
        return """
            <svg class="timeline-axis" aria-labelledby="timeline-axis-title" \
            viewBox="0 0 \(n(Self.width)) \(n(height))" width="\(n(Self.width))" height="\(n(height))" \
            xmlns="http://www.w3.org/2000/svg">
            <title id="timeline-axis-title">\(XMLText.escape(title))</title>
            \(marks)</svg>
            """
    }
}
