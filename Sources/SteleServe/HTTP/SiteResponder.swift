import Foundation
import Hummingbird
import ServiceLifecycle
import Synchronization

/// Answers every request from the current snapshot of the site: files, folders' index.html, the
/// theme's 404 page, the live-reload script and event stream. Nothing here opens a file.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: PreviewSite
    /// Set once the server is bound (the port is only known then, with `--port 0`).
    let hosts: HostPolicyBox

    /// The live-reload script, made once.
    static let script = ServedFile(bytes: Data(LiveReloadScript.source.utf8), contentType: MediaType.forPath("reload.js"))

    func respond(to request: Request, context: Context) async throws -> Response {
        guard let policy = hosts.policy, policy.allows(request.head.authority) else {
            return Self.text(.forbidden, "stele serve answers only requests for its own address (Host: localhost,"
                + " 127.0.0.1 or [::1] with its port); use that address, or allow a name with --allow-host.\n")
        }
        // The HTTP/1 decoder moves the first Host to `:authority`; any other one stays among the fields.
        guard !request.headers.contains(where: { $0.name.canonicalName == "host" }) else {
            // HTTP/1.1 allows one Host; a second one could name another site than the one we checked.
            return Self.text(.badRequest, "Bad request: more than one Host header.\n")
        }
        guard request.method == .get || request.method == .head else {
            var response = Self.text(.methodNotAllowed, "Only GET and HEAD are served.\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let path: RequestPath
        do {
            path = try RequestPath.parse(request.head.path ?? "")
        } catch {
            return Self.text(.badRequest, "Bad request: \(error).\n")
        }
        if path.segments.first == "__stele" {
            return await serveOwn(path, request: request)
        }
        let snapshot = await site.snapshot
        if let errorPage = snapshot.errorPage {
            return Self.serve(errorPage, status: .internalServerError, to: request)
        }
        if let file = snapshot.files[path.filePath] {
            return Self.serve(file, status: .ok, to: request)
        }
        if !path.isFolder, !path.segments.isEmpty, snapshot.files[path.filePath + "/index.html"] != nil {
            // `/articles/x` → `/articles/x/`, so that the page's relative links resolve inside its folder.
            let location = path.encodedPath + "/" + (path.query.map { "?\($0)" } ?? "")
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache"])
        }
        if let notFound = snapshot.notFoundPage {
            return Self.serve(notFound, status: .notFound, to: request)
        }
        return Self.text(.notFound, "Not found.\n")
    }

    /// `/__stele/reload.js` and `/__stele/events`.
    private func serveOwn(_ path: RequestPath, request: Request) async -> Response {
        switch path.segments.dropFirst().joined(separator: "/") {
        case "reload.js" where !path.isFolder:
            return Self.serve(Self.script, status: .ok, to: request)
        case "events" where !path.isFolder:
            return await events(request)
        default:
            return Self.text(.notFound, "Not found.\n")
        }
    }

    /// The Server-Sent Events stream: `hello`, then every change until the page goes or the server stops.
    private func events(_ request: Request) async -> Response {
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
        ]
        guard request.method == .get else { return Response(status: .ok, headers: headers) }
        let (hello, events) = await site.subscribe()
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // `retry`: reconnect after a second (the default is three), e.g. after the server restarts.
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n" + hello.encoded))
            for try await event in events.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: event.encoded))
            }
            try await writer.finish(nil)
        })
    }

    /// `file` with its headers; 304 when the client's `If-None-Match` names its ETag; no body for HEAD.
    static func serve(_ file: ServedFile, status: HTTPResponse.Status, to request: Request) -> Response {
        var headers: HTTPFields = [
            .contentType: file.contentType,
            .contentLength: String(file.body.readableBytes),
            // A preview changes all the time: browsers may keep a copy but must ask (cheaply, by ETag) before using it.
            .cacheControl: "no-cache",
            .xContentTypeOptions: "nosniff",
        ]
        guard status == .ok else {
            return Response(status: status, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: file.body))
        }
        headers[.eTag] = file.etag
        if let condition = request.headers[values: .ifNoneMatch].nonEmpty, Self.matches(condition, etag: file.etag) {
            // Content-Length stays: in a 304 it must be the length the 200 would have had.
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: file.body))
    }

    /// Whether an `If-None-Match` list names `etag` (weak comparison, as RFC 9110 asks for GET and HEAD).
    static func matches(_ values: [String], etag: String) -> Bool {
        for value in values {
            for candidate in value.split(separator: ",") {
                var tag = candidate.trimmingCharacters(in: .whitespaces)
                if tag == "*" { return true }
                if tag.hasPrefix("W/") { tag.removeFirst(2) }
                if tag == etag { return true }
            }
        }
        return false
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(status: status,
                 headers: [.contentType: "text/plain; charset=utf-8", .xContentTypeOptions: "nosniff", .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}

/// The host policy, set when the server is bound and read by every request.
final class HostPolicyBox: Sendable {
    private let value = Mutex<HostPolicy?>(nil)

    var policy: HostPolicy? { value.withLock { $0 } }

    func set(_ policy: HostPolicy) {
        value.withLock { $0 = policy }
    }
}

extension Array {
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
