/// The script served at `/__stele/reload.js`: listens to `/__stele/events` and reloads the page when
/// its file changed, swaps stylesheets, or shows a failed build's error.
///
/// Every event carries the site's version as its SSE `id`. `hello` arrives on each (re)connection: a
/// version other than the one the page was loaded with means changes were missed (or the server
/// restarted), so the page reloads.
enum LiveReloadScript {
    static let source = """
        // Live reload for `stele serve`. Served pages only: `stele build` never writes this script.
        (() => {
          "use strict";
          const overlayID = "\(PageInjection.overlayID)";
          let version = null;
          const events = new EventSource("\(PageInjection.eventsPath)");
          events.addEventListener("hello", (event) => {
            if (version !== null && version !== event.lastEventId) location.reload();
            version = event.lastEventId;
          });
          // The site path of this page as the server names its file: /articles/a/ is articles/a/index.html.
          const ownPath = () => {
            let path = decodeURIComponent(location.pathname).replace(/^\\/+/, "");
            if (path === "" || path.endsWith("/")) path += "index.html";
            return path;
          };
          // A reload lists the paths that changed (none listed: every page); other pages keep their place.
          events.addEventListener("reload", (event) => {
            if (event.data === "" || event.data.split("\\n").includes(ownPath())) location.reload();
            else version = event.lastEventId;
          });
          events.addEventListener("css", (event) => {
            version = event.lastEventId;
            for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
              const url = new URL(link.href, location.href);
              if (url.origin !== location.origin) continue;
              // A new query makes the browser fetch the stylesheet again; the old link goes once the new one applies.
              url.searchParams.set("stele-reload", event.lastEventId);
              const fresh = link.cloneNode();
              fresh.href = url.href;
              fresh.addEventListener("load", () => link.remove(), { once: true });
              fresh.addEventListener("error", () => fresh.remove(), { once: true });
              link.after(fresh);
            }
          });
          events.addEventListener("build-error", (event) => {
            version = event.lastEventId;
            document.getElementById(overlayID)?.remove();
            const overlay = document.createElement("div");
            overlay.id = overlayID;
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "\(PageInjection.overlayStyle)";
            const title = document.createElement("strong");
            title.textContent = "\(PageInjection.overlayTitle)";
            const text = document.createElement("pre");
            text.style.cssText = "\(PageInjection.overlayTextStyle)";
            text.textContent = event.data;
            overlay.append(title, text);
            document.body.append(overlay);
          });
        })();

        """
}
