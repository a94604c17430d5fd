import NIOCore
import NIOHTTP1
import Synchronization

/// What the preview server tolerates from one connection before it closes it.
public struct ConnectionLimits: Sendable, Equatable {
    /// Time to send a request's head: from connecting, or from the end of the last response. A client
    /// that trickles its headers (slowloris), or connects and says nothing, is closed after it.
    public var headerTimeout: TimeAmount = .seconds(10)
    /// Time a request may sit unfinished or a connection idle (Hummingbird's idle timeout); a response
    /// being written, such as the live-reload event stream, is never cut by it.
    public var idleTimeout: TimeAmount = .seconds(60)
    /// Open connections at once; one more is closed as soon as it is accepted.
    public var maxConnections = 256

    public init() {}
}

/// Open connections, shared by every connection's `ConnectionGuard`.
final class ConnectionCount: Sendable {
    private let count = Mutex(0)

    /// Takes a place when one is free.
    func enter(limit: Int) -> Bool {
        count.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() {
        count.withLock { $0 -= 1 }
    }
}

/// Sits right after the HTTP/1 decoder, where a request's target is still as the client wrote it:
/// answers an absolute-form target (`GET http://evil.example/ HTTP/1.1`) with 400, closes connections
/// that do not send a request head in time, and closes connections beyond the limit.
///
/// Hummingbird's HTTP-types conversion turns an absolute-form target into a path, so by the time a
/// request reaches the responder it can no longer tell; a proxy request must not be served as if it
/// were for this server.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let limits: ConnectionLimits
    private let connections: ConnectionCount
    private var counted = false
    private var headerDeadline: Scheduled<Void>?
    /// After a refused request: everything else the client sends is dropped until the connection closes.
    private var refusing = false

    init(limits: ConnectionLimits, connections: ConnectionCount) {
        self.limits = limits
        self.connections = connections
    }

    func handlerAdded(context: ChannelHandlerContext) {
        guard connections.enter(limit: limits.maxConnections) else {
            context.close(promise: nil)
            return
        }
        counted = true
        awaitHead(context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        headerDeadline?.cancel()
        if counted {
            counted = false
            connections.leave()
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        headerDeadline?.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refusing else { return }
        let part = unwrapInboundIn(data)
        if case let .head(head) = part {
            headerDeadline?.cancel()
            headerDeadline = nil
            if !Self.isOriginForm(head.uri) {
                refuse(context, version: head.version)
                return
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            // The response is done: the clock for the next request's head starts now.
            awaitHead(context)
        }
        context.write(data, promise: promise)
    }

    /// A path (`/…`) or `*` (OPTIONS): the only targets a server, not a proxy, is asked for.
    static func isOriginForm(_ target: String) -> Bool {
        target.hasPrefix("/") || target == "*"
    }

    private func awaitHead(_ context: ChannelHandlerContext) {
        headerDeadline?.cancel()
        headerDeadline = context.eventLoop.scheduleTask(in: limits.headerTimeout) { [context] in
            context.close(promise: nil)
        }
    }

    private func refuse(_ context: ChannelHandlerContext, version: HTTPVersion) {
        refusing = true
        let body = "400 Bad Request: this server serves paths (/…), not absolute URLs; it is not a proxy.\n"
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: String(body.utf8.count))
        headers.add(name: "Connection", value: "close")
        let head = HTTPResponseHead(version: version, status: .badRequest, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { [context] _ in
            context.close(promise: nil)
        }
    }
}
