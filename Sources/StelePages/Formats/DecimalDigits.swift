extension Array<UInt8> {
    /// Appends `String(number)`'s UTF-8 without making the string: the JSON writers (stats.json, the
    /// search index's entries) write millions of numbers.
    mutating func appendDecimal(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        let start = count
        var rest = number.magnitude
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        self[start...].reverse()
    }
}
