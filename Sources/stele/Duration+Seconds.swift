extension Duration {
    /// The duration in seconds, as a progress line and a summary print it.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
