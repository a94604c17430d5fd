/// Why the preview server could not start listening.
public enum PreviewServerError: Error, Equatable, CustomStringConvertible {
    case addressInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case let .addressInUse(host, port):
            "cannot listen on \(host):\(port): the port is in use (choose another --port, or --port 0 for a free one)"
        case let .cannotListen(host, port, reason):
            "cannot listen on \(host):\(port): \(reason)"
        }
    }
}
