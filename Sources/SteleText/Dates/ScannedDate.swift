/// A date expression found in a paragraph, with its place (offsets in Unicode scalars) and what it is doing there.
package struct ScannedDate: Sendable, Equatable {
    package var range: Range<Int>
    package var expression: DateExpression
    package var role: Role
    /// Set for the two years of a life span in brackets (`邝栢荪（1898-1961）`): the person's birth or death,
    /// an event of the name before the bracket.
    package var life: Life?

    package enum Life: Sendable, Equatable {
        case birth, death
    }

    package enum Role: Sendable, Equatable {
        /// Something happened then.
        case event
        /// The start or end of a stretch of time (`2012年以来`, `2016年至今`, `2020年前`).
        case period
        /// A goal or a figure counted up to then (`到2035年`, `力争2025年`, `截至2021年底`).
        case reference
        /// A wire dateline (`新华社北京10月9日电`).
        case dateline
        /// The base a figure is measured from (`由2013年的1668元增加到8313元`, `比1至2月`): neither an event nor
        /// a date the next `同年` leans on.
        case base
    }
}
