import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1 channel with a `ConnectionGuard` placed right after the request decoder,
/// where Hummingbird's own `additionalChannelHandlers` cannot go (they come after the conversion to
/// HTTP types, which has already rewritten the request target).
struct GuardedHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value

    let inner: HTTP1Channel
    let limits: ConnectionLimits
    let connections: ConnectionCount

    var responder: Responder { inner.responder }

    init(responder: @escaping Responder, limits: ConnectionLimits, connections: ConnectionCount) {
        self.inner = HTTP1Channel(responder: responder, configuration: .init(idleTimeout: limits.idleTimeout))
        self.limits = limits
        self.connections = connections
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let operations = channel.pipeline.syncOperations
            let decoder = try operations.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try operations.addHandler(ConnectionGuard(limits: limits, connections: connections), position: .after(decoder))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await inner.handle(value: value, logger: logger)
    }

    /// The builder `Application` takes: one connection count for the whole server.
    static func builder(limits: ConnectionLimits) -> HTTPServerBuilder {
        let connections = ConnectionCount()
        return HTTPServerBuilder { responder in
            GuardedHTTP1Channel(responder: responder, limits: limits, connections: connections)
        }
    }
}
