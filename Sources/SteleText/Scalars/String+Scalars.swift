extension String {
    /// The text of `scalars`, its UTF-8 written straight into the new string.
    ///
    /// The scanners make a string of every word, number and unit they keep. Appending scalars to a
    /// `String.UnicodeScalarView` one by one took seven times as long (3.6% of a cold build). Inlinable,
    /// so that each caller's collection (mostly an `ArraySlice`) is iterated directly rather than through
    /// its protocol's witnesses, which took another 2.5%.
    @inlinable
    public init(scalars: some Collection<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
