/*
 * allai chat widget: one <script src="https://HOST/t/TENANT/widget.js" async></script>.
 *
 * Plain JavaScript, no build step. It talks only to the server it was loaded from: the
 * base URL and the tenant come from its own src. The UI lives in a shadow root, so the
 * host page's styles cannot reach it and ours cannot leak out.
 *
 * Privacy rules kept here:
 * - the visitor's sender id (128 random bits) stays in localStorage and in request
 *   bodies / socket.io messages; never in a URL, never in the console;
 * - message text is only ever set with textContent.
 */
(function () {
  "use strict";

  var script = document.currentScript || findOwnScript();
  if (!script || !script.src) return;
  var src = new URL(script.src, document.baseURI);
  var match = /^(.*)\/t\/([a-z0-9-]+)\/widget\.js$/.exec(src.pathname);
  if (!match) return;
  var PREFIX = match[1]; // a path prefix when the server sits behind one
  var TENANT = match[2];
  var ORIGIN = src.origin;
  var BASE = ORIGIN + PREFIX + "/t/" + TENANT;

  var loaded = (window.__allaiWidgets = window.__allaiWidgets || {});
  if (loaded[TENANT]) return;
  loaded[TENANT] = true;

  var KEY_SENDER = "allai." + TENANT + ".sender";
  var KEY_OUTBOX = "allai." + TENANT + ".outbox";

  var TEXTS = {
    en: {
      launcher: "Chat with us",
      openLabel: "Open chat with {name}",
      dialogLabel: "Chat with {name}",
      aiBadge: "AI assistant — you are talking to an AI, not a person",
      close: "Close chat",
      inputLabel: "Your message",
      placeholder: "Type your message…",
      send: "Send",
      typing: "The assistant is typing…",
      reconnecting: "Reconnecting… Your messages will be sent when the connection is back.",
      sending: "Sending…",
      you: "You:",
      assistant: "Assistant:",
      privacy: "Privacy notice",
      trainingOptOut: "Do not use my conversations to train AI",
      trainingNever: "This assistant never uses conversations to train AI.",
      download: "Download my data",
      remove: "Delete my data",
      downloaded: "A copy of all the data we hold about you has been downloaded (a JSON file).",
      confirmDelete:
        "Delete all the data we hold about you, including this conversation? This cannot be undone.",
      deleted: "All the data we held about you has been deleted. A new message starts a new conversation.",
      requestError: "Sorry, your request could not be completed. Please try again.",
      retry: "Try again",
      error: "Sorry, something went wrong. Please try again.",
      failed: "Sorry, your message could not be answered.",
      consentError: "Your choice could not be saved. Please try again.",
    },
    ro: {
      launcher: "Scrieți-ne",
      openLabel: "Deschide conversația cu {name}",
      dialogLabel: "Conversație cu {name}",
      aiBadge: "Asistent AI — vorbiți cu un AI, nu cu un om",
      close: "Închide conversația",
      inputLabel: "Mesajul dumneavoastră",
      placeholder: "Scrieți mesajul…",
      send: "Trimite",
      typing: "Asistentul scrie…",
      reconnecting: "Se reconectează… Mesajele vor fi trimise când revine conexiunea.",
      sending: "Se trimite…",
      you: "Dumneavoastră:",
      assistant: "Asistent:",
      privacy: "Informare privind confidențialitatea",
      trainingOptOut: "Nu folosiți conversațiile mele pentru antrenarea AI",
      trainingNever: "Acest asistent nu folosește niciodată conversațiile pentru antrenarea AI.",
      download: "Descarcă datele mele",
      remove: "Șterge datele mele",
      downloaded: "O copie a tuturor datelor pe care le deținem despre dumneavoastră a fost descărcată (fișier JSON).",
      confirmDelete:
        "Ștergem toate datele pe care le deținem despre dumneavoastră, inclusiv această conversație? Operațiunea nu poate fi anulată.",
      deleted: "Toate datele pe care le dețineam despre dumneavoastră au fost șterse. Un mesaj nou începe o conversație nouă.",
      requestError: "Ne pare rău, cererea nu a putut fi finalizată. Încercați din nou.",
      retry: "Încercați din nou",
      error: "Ne pare rău, ceva nu a funcționat. Vă rugăm să încercați din nou.",
      failed: "Ne pare rău, mesajul dumneavoastră nu a putut primi un răspuns.",
      consentError: "Alegerea dumneavoastră nu a putut fi salvată. Încercați din nou.",
    },
  };

  var CSS = [
    ":host { all: initial; }",
    "*, *::before, *::after { box-sizing: border-box; }",
    ".root { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #1d2430; }",
    "button, input { font: inherit; }",
    ":focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }",
    ".launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: inline-flex; align-items: center; gap: 8px;",
    "  padding: 12px 18px; border: 0; border-radius: 999px; background: #1f4e8c; color: #fff; font-weight: 600; cursor: pointer;",
    "  box-shadow: 0 6px 20px rgba(0,0,0,.25); }",
    ".launcher:hover { background: #183f72; }",
    ".launcher:focus-visible { outline: 3px solid #111; outline-offset: 3px; box-shadow: 0 0 0 3px #fff inset, 0 6px 20px rgba(0,0,0,.25); }",
    ".launcher svg { width: 20px; height: 20px; fill: currentColor; }",
    ".launcher .unread { min-width: 10px; height: 10px; border-radius: 50%; background: #ffbf47; }",
    ".panel { position: fixed; right: 20px; bottom: 20px; z-index: 2147483001; width: 380px; height: min(620px, calc(100vh - 40px));",
    "  display: flex; flex-direction: column; background: #fff; border-radius: 14px; overflow: hidden;",
    "  box-shadow: 0 12px 40px rgba(0,0,0,.28); }",
    ".panel[hidden], [hidden] { display: none !important; }",
    ".head { background: #1f4e8c; color: #fff; padding: 12px 10px 12px 16px; display: flex; align-items: flex-start; gap: 8px; }",
    ".head .titles { flex: 1; min-width: 0; }",
    ".head h2 { margin: 0; font-size: 17px; font-weight: 700; line-height: 1.3; overflow-wrap: anywhere; }",
    ".ai { margin: 6px 0 0; font-size: 12.5px; line-height: 1.35; display: inline-block; background: rgba(255,255,255,.16);",
    "  padding: 3px 9px; border-radius: 8px; }",
    ".close { flex: none; width: 36px; height: 36px; border: 0; border-radius: 8px; background: transparent; color: #fff;",
    "  font-size: 24px; line-height: 1; cursor: pointer; }",
    ".close:hover { background: rgba(255,255,255,.15); }",
    ".head :focus-visible { outline-color: #ffbf47; }",
    ".status { background: #fff4d6; color: #5c4400; font-size: 13px; padding: 6px 14px; border-bottom: 1px solid #f0dfa8; }",
    ".log { flex: 1; overflow-y: auto; list-style: none; margin: 0; padding: 14px 12px; display: flex; flex-direction: column;",
    "  gap: 8px; background: #f5f7fa; }",
    ".msg { max-width: 85%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; overflow-wrap: anywhere; }",
    ".msg.bot { align-self: flex-start; background: #fff; border: 1px solid #dde2e8; border-bottom-left-radius: 4px; }",
    ".msg.user { align-self: flex-end; background: #1f4e8c; color: #fff; border-bottom-right-radius: 4px; }",
    ".msg.disclosure { background: #eaf2fc; border-color: #c6d9f1; }",
    ".msg.streaming .text::after { content: '▍'; opacity: .6; }",
    ".msg.notice { align-self: stretch; max-width: none; background: #eef6ee; color: #1d4d1d; border: 1px solid #c3dfc3; font-size: 14px; }",
    ".msg.error { align-self: stretch; max-width: none; background: #fdecec; color: #7a1c1c; border: 1px solid #f1c0c0; font-size: 14px; }",
    ".msg .meta { display: block; font-size: 12px; opacity: .85; margin-top: 2px; }",
    ".msg .retry { margin-top: 6px; display: block; padding: 4px 10px; border: 1px solid currentColor; border-radius: 8px;",
    "  background: #fff; color: #7a1c1c; cursor: pointer; }",
    ".typing { align-self: flex-start; display: inline-flex; gap: 4px; padding: 12px 14px; background: #fff; border: 1px solid #dde2e8;",
    "  border-radius: 14px; border-bottom-left-radius: 4px; }",
    ".typing span[aria-hidden] { width: 7px; height: 7px; border-radius: 50%; background: #7b8594; animation: allai-blink 1.2s infinite; }",
    ".typing span[aria-hidden]:nth-child(2) { animation-delay: .2s; }",
    ".typing span[aria-hidden]:nth-child(3) { animation-delay: .4s; }",
    "@keyframes allai-blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }",
    "@media (prefers-reduced-motion: reduce) { .typing span[aria-hidden] { animation: none; } }",
    ".compose { display: flex; gap: 8px; padding: 10px 12px; border-top: 1px solid #dde2e8; background: #fff; margin: 0; }",
    ".compose input { flex: 1; min-width: 0; padding: 9px 12px; border: 1px solid #8d97a5; border-radius: 10px; color: inherit; background: #fff; }",
    ".compose button { padding: 9px 16px; border: 0; border-radius: 10px; background: #1f4e8c; color: #fff; font-weight: 600; cursor: pointer; }",
    ".compose button:hover { background: #183f72; }",
    ".privacy { padding: 8px 14px 10px; font-size: 12.5px; line-height: 1.4; color: #48515e; background: #fff; border-top: 1px solid #eef0f3; }",
    ".privacy label { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; }",
    ".privacy input { margin: 1px 0 0; width: 16px; height: 16px; flex: none; accent-color: #1f4e8c; }",
    ".privacy .note { margin: 4px 0 0; }",
    ".links { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 6px; }",
    ".links a, .links button { color: #1f4e8c; background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; font-size: inherit; }",
    ".sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0);",
    "  white-space: nowrap; border: 0; }",
    "@media (max-width: 480px) {",
    "  .panel { inset: 0; width: 100%; height: 100%; max-height: none; border-radius: 0; }",
    "  .launcher { right: 16px; bottom: 16px; }",
    "}",
  ].join("\n");

  // ---------------------------------------------------------------- storage

  var memory = {}; // when localStorage is unavailable (privacy modes), this tab only

  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
    }
  }

  function save(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) {
      if (value === null) delete memory[key];
      else memory[key] = value;
    }
  }

  function randomId(bytes) {
    var data = new Uint8Array(bytes);
    window.crypto.getRandomValues(data);
    var binary = "";
    for (var i = 0; i < data.length; i++) binary += String.fromCharCode(data[i]);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function existingSender() {
    return load(KEY_SENDER);
  }

  function sender() {
    var id = load(KEY_SENDER);
    if (!id) {
      id = randomId(16); // 128 bits
      save(KEY_SENDER, id);
    }
    return id;
  }

  function readOutbox() {
    try {
      var items = JSON.parse(load(KEY_OUTBOX) || "[]");
      return Array.isArray(items) ? items : [];
    } catch (e) {
      return [];
    }
  }

  function writeOutbox(items) {
    save(KEY_OUTBOX, items.length ? JSON.stringify(items) : null);
  }

  // ---------------------------------------------------------------- network

  function postJson(path, body) {
    return fetch(BASE + path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit",
      cache: "no-store",
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  function loadSocketIo() {
    if (typeof window.io === "function") return Promise.resolve(window.io);
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = ORIGIN + PREFIX + "/static/socket.io.min.js";
      tag.async = true;
      tag.onload = function () {
        if (typeof window.io === "function") resolve(window.io);
        else reject(new Error("socket.io client did not load"));
      };
      tag.onerror = function () {
        reject(new Error("socket.io client did not load"));
      };
      document.head.appendChild(tag);
    });
  }

  // ---------------------------------------------------------------- helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function pickLanguage(languages) {
    var browser = String(navigator.language || "").toLowerCase();
    if (browser.indexOf("ro") === 0 && languages.indexOf("ro") >= 0) return "ro";
    return languages[0] in TEXTS ? languages[0] : "en";
  }

  // ---------------------------------------------------------------- widget

  function Widget(config) {
    this.config = config;
    this.lang = pickLanguage(config.languages || ["en"]);
    this.t = TEXTS[this.lang];
    this.disclosure = (config.disclosure || {})[this.lang] || "";
    // The server begins a new conversation's first reply with the disclosure we already
    // show: skip it once.
    this.disclosurePending = true;
    this.socket = null;
    this.ready = false; // connected and session confirmed
    this.everConnected = false;
    this.offline = false;
    this.inflight = null; // {id, attempt}
    this.attempt = 0;
    this.rendered = {}; // message id -> bot messages already shown for it
    this.received = 0; // bot_uttered events seen for the in-flight message, this attempt
    this.userBubbles = {}; // message id -> bubble still waiting for its acknowledgement
    this.streamBubble = null;
    this.build();
  }

  Widget.prototype.fill = function (template) {
    return template.replace("{name}", this.config.display_name);
  };

  Widget.prototype.build = function () {
    var t = this.t;
    var self = this;
    var host = el("div", { "data-allai-widget": TENANT });
    var shadow = host.attachShadow({ mode: "open" });
    shadow.appendChild(el("style", { text: CSS }));

    this.launcher = el(
      "button",
      {
        type: "button",
        className: "launcher",
        "aria-haspopup": "dialog",
        "aria-expanded": "false",
        "aria-controls": "allai-panel",
        "aria-label": this.fill(t.openLabel),
      },
      [chatIcon(), el("span", { text: t.launcher }), el("span", { className: "unread", hidden: true })]
    );
    this.unread = this.launcher.querySelector(".unread");

    this.closeButton = el("button", {
      type: "button",
      className: "close",
      "aria-label": t.close,
      title: t.close,
      text: "×",
    });
    var head = el("div", { className: "head" }, [
      el("div", { className: "titles" }, [
        el("h2", { id: "allai-title", text: this.config.display_name }),
        el("p", { className: "ai", id: "allai-ai", text: t.aiBadge }),
      ]),
      this.closeButton,
    ]);

    this.status = el("div", { className: "status", role: "status", hidden: true });
    this.log = el("ol", { className: "log", "aria-labelledby": "allai-title" });
    this.announcer = el("div", { className: "sr-only", "aria-live": "polite", "aria-atomic": "true" });

    this.input = el("input", {
      id: "allai-input",
      type: "text",
      autocomplete: "off",
      maxlength: "5000",
      placeholder: t.placeholder,
    });
    this.form = el("form", { className: "compose" }, [
      el("label", { for: "allai-input", className: "sr-only", text: t.inputLabel }),
      this.input,
      el("button", { type: "submit", text: t.send }),
    ]);

    this.training = el("input", { type: "checkbox", id: "allai-training" });
    var trainingLabel = el("label", { for: "allai-training" }, [
      this.training,
      el("span", { text: t.trainingOptOut }),
    ]);
    var privacy = el("div", { className: "privacy" }, [trainingLabel]);
    if (!this.config.training_allowed_by_tenant) {
      this.training.checked = true;
      this.training.disabled = true;
      privacy.appendChild(el("p", { className: "note", text: t.trainingNever }));
    }
    var links = el("div", { className: "links" });
    if (this.config.privacy_notice_url) {
      links.appendChild(
        el("a", {
          href: this.config.privacy_notice_url,
          target: "_blank",
          rel: "noopener noreferrer",
          text: t.privacy,
        })
      );
    }
    var features = this.config.features || {};
    // The visitor's own rights (GDPR Art. 15/20 and 17), filed with their sender id.
    this.downloadButton = el("button", {
      type: "button",
      text: t.download,
      hidden: !features.download_data,
    });
    this.deleteButton = el("button", { type: "button", text: t.remove, hidden: !features.delete_data });
    links.appendChild(this.downloadButton);
    links.appendChild(this.deleteButton);
    privacy.appendChild(links);

    this.panel = el(
      "div",
      {
        id: "allai-panel",
        className: "panel",
        role: "dialog",
        "aria-label": this.fill(t.dialogLabel),
        "aria-describedby": "allai-ai",
        hidden: true,
      },
      [head, this.status, this.log, this.announcer, this.form, privacy]
    );

    var root = el("div", { className: "root", lang: this.lang }, [this.launcher, this.panel]);
    shadow.appendChild(root);
    document.body.appendChild(host);

    if (this.disclosure) this.addMessage("bot", this.disclosure, { disclosure: true });

    this.launcher.addEventListener("click", function () {
      self.open();
    });
    this.closeButton.addEventListener("click", function () {
      self.close();
    });
    this.panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        event.preventDefault();
        self.close();
      }
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = self.input.value.trim();
      if (!text) return;
      self.input.value = "";
      self.send(text);
    });
    this.training.addEventListener("change", function () {
      self.setTraining(!self.training.checked);
    });
    this.downloadButton.addEventListener("click", function () {
      self.downloadData();
    });
    this.deleteButton.addEventListener("click", function () {
      self.deleteData();
    });
    window.addEventListener("offline", function () {
      self.offline = true;
      if (self.socket) self.socket.disconnect();
      self.showStatus();
    });
    window.addEventListener("online", function () {
      self.offline = false;
      if (self.socket && !self.socket.connected) self.socket.connect();
      self.showStatus();
    });
  };

  Widget.prototype.open = function () {
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.launcher.setAttribute("aria-expanded", "true");
    this.unread.hidden = true;
    this.scrollDown();
    this.input.focus();
    this.connect();
  };

  Widget.prototype.close = function () {
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.setAttribute("aria-expanded", "false");
    this.launcher.focus();
  };

  Widget.prototype.restore = function () {
    var self = this;
    var outbox = readOutbox();
    if (!existingSender()) return Promise.resolve();
    return postJson("/conversation", { sender: existingSender() })
      .then(function (data) {
        var messages = data.messages || [];
        // The stored conversation holds the disclosure the server sent; ours is at the top.
        var disclosures = Object.keys(self.config.disclosure || {}).map(function (lang) {
          return String(self.config.disclosure[lang]).trim();
        });
        messages.forEach(function (m) {
          if (m.role !== "user" && disclosures.indexOf(String(m.text).trim()) >= 0) return;
          self.addMessage(m.role === "user" ? "user" : "bot", m.text);
        });
        if (messages.length) self.disclosurePending = false;
        if (self.config.training_allowed_by_tenant) self.training.checked = data.training === false;
      })
      .catch(function () {
        /* nothing to restore: start fresh */
      })
      .then(function () {
        // Messages written but never acknowledged (closed tab, lost network): show them
        // and send them as soon as there is a connection.
        outbox.forEach(function (item) {
          self.userBubbles[item.id] = self.addMessage("user", item.text, { pending: true });
        });
        if (outbox.length) self.connect();
      });
  };

  // ------------------------------------------------------------ messages

  Widget.prototype.addMessage = function (role, text, options) {
    options = options || {};
    var who = role === "user" ? this.t.you : this.t.assistant;
    var classes = "msg " + role + (options.disclosure ? " disclosure" : "");
    var item = el("li", { className: classes }, [
      el("span", { className: "sr-only", text: who + " " }),
      el("span", { className: "text", text: text }),
    ]);
    if (options.pending) item.appendChild(el("span", { className: "meta", text: this.t.sending }));
    this.insert(item);
    return item;
  };

  Widget.prototype.insert = function (item) {
    // Keep the typing indicator last.
    if (this.typing && this.typing.parentNode === this.log) this.log.insertBefore(item, this.typing);
    else this.log.appendChild(item);
    this.scrollDown();
  };

  Widget.prototype.scrollDown = function () {
    this.log.scrollTop = this.log.scrollHeight;
  };

  Widget.prototype.announce = function (text) {
    var announcer = this.announcer;
    announcer.textContent = "";
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
    if (this.panel.hidden) this.unread.hidden = false;
  };

  Widget.prototype.setTyping = function (on) {
    if (on && !this.typing) {
      this.typing = el("li", { className: "typing" }, [
        el("span", { className: "sr-only", text: this.t.typing }),
        el("span", { "aria-hidden": "true" }),
        el("span", { "aria-hidden": "true" }),
        el("span", { "aria-hidden": "true" }),
      ]);
      this.log.appendChild(this.typing);
      this.scrollDown();
    } else if (!on && this.typing) {
      this.typing.remove();
      this.typing = null;
    }
  };

  Widget.prototype.onStream = function (text) {
    this.setTyping(false);
    if (!this.streamBubble) {
      this.streamBubble = this.addMessage("bot", "");
      this.streamBubble.classList.add("streaming");
      this.streamBubble.setAttribute("aria-busy", "true");
    }
    this.streamBubble.querySelector(".text").textContent = text;
    this.scrollDown();
  };

  Widget.prototype.onBotMessage = function (text) {
    var flight = this.inflight;
    if (flight) {
      // After a resend the server answers again: skip what this message already showed.
      var index = this.received++;
      if (index < (this.rendered[flight.id] || 0)) return;
      this.rendered[flight.id] = index + 1;
    }
    if (this.disclosurePending && this.disclosure) {
      this.disclosurePending = false;
      if (text.trim() === this.disclosure.trim()) return;
      if (text.indexOf(this.disclosure) === 0) text = text.slice(this.disclosure.length).trim();
      if (!text) return;
    }
    this.setTyping(false);
    var bubble = this.streamBubble;
    if (bubble) {
      this.streamBubble = null;
      bubble.classList.remove("streaming");
      bubble.removeAttribute("aria-busy");
      bubble.querySelector(".text").textContent = text;
      this.scrollDown();
    } else {
      this.addMessage("bot", text);
    }
    this.announce(text);
  };

  Widget.prototype.showError = function (text, retryText) {
    var self = this;
    var item = el("li", { className: "msg error", role: "alert" }, [el("span", { text: text })]);
    if (retryText !== undefined) {
      var retry = el("button", { type: "button", className: "retry", text: this.t.retry });
      retry.addEventListener("click", function () {
        item.remove();
        self.send(retryText);
        self.input.focus();
      });
      item.appendChild(retry);
    }
    this.insert(item);
  };

  Widget.prototype.showStatus = function () {
    var down = !this.ready && (this.offline || this.everConnected);
    this.status.hidden = !down;
    this.status.textContent = down ? this.t.reconnecting : "";
  };

  // ------------------------------------------------------------ sending

  Widget.prototype.send = function (text) {
    var id = randomId(12);
    var outbox = readOutbox();
    outbox.push({ id: id, text: text });
    writeOutbox(outbox);
    this.userBubbles[id] = this.addMessage("user", text, { pending: true });
    this.connect();
    this.flush();
  };

  Widget.prototype.flush = function () {
    if (!this.ready || this.inflight) return;
    var next = readOutbox()[0];
    if (!next) return;
    var self = this;
    var attempt = ++this.attempt;
    this.inflight = { id: next.id, attempt: attempt };
    this.received = 0;
    var payload = {
      message: next.text,
      session_id: sender(),
      message_id: next.id,
      metadata: { lang: this.lang },
    };
    this.socket.emit("user_uttered", payload, function (ack) {
      if (!self.inflight || self.inflight.attempt !== attempt) return; // a stale attempt
      self.acknowledged(next, ack || {});
    });
  };

  Widget.prototype.acknowledged = function (item, ack) {
    this.inflight = null;
    writeOutbox(
      readOutbox().filter(function (other) {
        return other.id !== item.id;
      })
    );
    var bubble = this.userBubbles[item.id];
    delete this.userBubbles[item.id];
    if (bubble) {
      var meta = bubble.querySelector(".meta");
      if (meta) meta.remove();
    }
    this.setTyping(false);
    if (ack.ok) {
      // Replies whose events were lost still arrive with the acknowledgement.
      var texts = ack.texts || [];
      for (var i = this.rendered[item.id] || 0; i < texts.length; i++) this.onBotMessage(texts[i]);
    } else {
      if (this.streamBubble) {
        this.streamBubble.remove();
        this.streamBubble = null;
      }
      var error = ack.error || {};
      this.showError(error.retryable ? this.t.error : this.t.failed, error.retryable ? item.text : undefined);
    }
    delete this.rendered[item.id];
    this.flush();
  };

  Widget.prototype.connect = function () {
    if (this.socket || this.connecting) return;
    this.connecting = true;
    var self = this;
    loadSocketIo()
      .then(function (io) {
        var socket = io(ORIGIN, {
          path: PREFIX + "/t/" + TENANT + "/socket.io/",
          withCredentials: false,
          reconnectionDelayMax: 5000,
        });
        self.socket = socket;
        socket.on("connect", function () {
          socket.emit("session_request", { session_id: sender() });
        });
        socket.on("session_confirm", function () {
          self.ready = true;
          self.everConnected = true;
          self.showStatus();
          self.flush();
        });
        socket.on("disconnect", function () {
          self.ready = false;
          self.inflight = null; // resent after the reconnect
          self.setTyping(false);
          self.showStatus();
        });
        socket.on("connect_error", function () {
          self.showStatus();
        });
        socket.on("bot_typing", function (data) {
          self.setTyping(Boolean(data && data.typing));
        });
        socket.on("bot_stream", function (data) {
          if (data && typeof data.text === "string") self.onStream(data.text);
        });
        socket.on("bot_uttered", function (data) {
          if (data && typeof data.text === "string") self.onBotMessage(data.text);
        });
        if (self.offline) socket.disconnect();
      })
      .catch(function () {
        self.connecting = false;
        self.everConnected = true; // show "reconnecting"; try again on the next send
        self.showStatus();
      });
  };

  Widget.prototype.setTraining = function (allowed) {
    var self = this;
    this.training.disabled = true;
    postJson("/consent", { sender: sender(), training: allowed })
      .then(function (data) {
        self.training.checked = data.training === false;
      })
      .catch(function () {
        self.training.checked = allowed; // back to what it was
        self.showError(self.t.consentError);
      })
      .then(function () {
        self.training.disabled = false;
      });
  };

  // ------------------------------------------------- the visitor's own data

  Widget.prototype.notice = function (text) {
    this.insert(el("li", { className: "msg notice", role: "status" }, [el("span", { text: text })]));
    this.announce(text);
  };

  // Access and portability: file the request, fetch the export (only this visitor's sender
  // id opens it) and hand it to the browser as a file; nothing is kept in the page.
  Widget.prototype.downloadData = function () {
    var self = this;
    var id = sender();
    this.downloadButton.disabled = true;
    postJson("/privacy/requests", { type: "access", subject: { sender: id } })
      .then(function (request) {
        return fetch(BASE + "/privacy/requests/" + encodeURIComponent(request.id) + "/export", {
          headers: { "x-allai-sender": id },
          credentials: "omit",
          cache: "no-store",
        });
      })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.blob();
      })
      .then(function (blob) {
        var url = URL.createObjectURL(blob);
        var link = document.createElement("a");
        link.href = url;
        link.download = TENANT + "-my-data.json";
        document.body.appendChild(link);
        link.click();
        link.remove();
        window.setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 10000);
        self.notice(self.t.downloaded);
      })
      .catch(function () {
        self.showError(self.t.requestError);
      })
      .then(function () {
        self.downloadButton.disabled = false;
      });
  };

  // Erasure: after the visitor confirms, the server destroys their key and records; the
  // widget forgets their sender id, so a new message starts a new, unrelated conversation.
  Widget.prototype.deleteData = function () {
    var self = this;
    if (!window.confirm(this.t.confirmDelete)) return;
    var id = existingSender();
    var erased = id
      ? postJson("/privacy/requests", { type: "erasure", subject: { sender: id } })
      : Promise.resolve(null);
    this.deleteButton.disabled = true;
    erased
      .then(function () {
        save(KEY_SENDER, null);
        save(KEY_OUTBOX, null);
        if (self.socket) self.socket.disconnect();
        self.socket = null;
        self.connecting = false;
        self.ready = false;
        self.inflight = null;
        self.userBubbles = {};
        self.rendered = {};
        self.streamBubble = null;
        self.typing = null;
        self.log.textContent = "";
        if (self.disclosure) self.addMessage("bot", self.disclosure, { disclosure: true });
        self.disclosurePending = true;
        self.training.checked = !self.config.training_allowed_by_tenant;
        self.notice(self.t.deleted);
      })
      .catch(function () {
        self.showError(self.t.requestError);
      })
      .then(function () {
        self.deleteButton.disabled = false;
      });
  };

  function chatIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(ns, "path");
    path.setAttribute(
      "d",
      "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z"
    );
    svg.appendChild(path);
    return svg;
  }

  function findOwnScript() {
    var scripts = document.getElementsByTagName("script");
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/t\/[a-z0-9-]+\/widget\.js$/.test(scripts[i].src.split(/[?#]/)[0])) return scripts[i];
    }
    return null;
  }

  function start() {
    fetch(BASE + "/widget/config", { credentials: "omit" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (config) {
        var widget = new Widget(config);
        return widget.restore();
      })
      .catch(function () {
        loaded[TENANT] = false; // no widget for an unknown tenant or an unreachable server
      });
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
