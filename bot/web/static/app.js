// strategibot web chat: plain JavaScript, no build step. Text from the documents is only ever
// inserted with textContent, so a source can never inject markup into the page.
"use strict";

const TEXT = {
  da: {
    intro: "Spørg kommunens strategier, og få svar med kilder, du kan tjekke.",
    questionLabel: "Dit spørgsmål", placeholder: "Fx: Hvilke pejlemærker har Norddjurs?",
    organisationLabel: "Organisation", allOrganisations: "Alle organisationer", ask: "Spørg",
    answerHeading: "Svar", sources: "Kilder", useful: "Var svaret brugbart?", yes: "👍 Ja", no: "👎 Nej",
    close: "Luk", working: "Søger i strategierne…", open: "Læs i afsnittet", source: "Åbn kilden",
    page: "s.", thanks: "Tak for din vurdering.", failed: "Beklager, noget gik galt. Prøv igen om lidt.",
    clarify: "Flere organisationer passer på spørgsmålet", no_answer: "Ikke fundet i strategierne",
    citation: "Kilde", download: "Hent", conversationHeading: "Samtalen", newConversation: "Ny samtale",
    you: "Du spurgte", logout: "Log ud", signedIn: "Logget ind som",
  },
  en: {
    intro: "Ask the municipality's strategies and get answers with sources you can check.",
    questionLabel: "Your question", placeholder: "E.g.: Which pejlemærker does Norddjurs have?",
    organisationLabel: "Organisation", allOrganisations: "All organisations", ask: "Ask",
    answerHeading: "Answer", sources: "Sources", useful: "Was the answer helpful?", yes: "👍 Yes", no: "👎 No",
    close: "Close", working: "Searching the strategies…", open: "Read in its section", source: "Open the source",
    page: "p.", thanks: "Thank you for your rating.", failed: "Sorry, something went wrong. Please try again.",
    clarify: "The question fits several organisations", no_answer: "Not found in the strategies",
    citation: "Source", download: "Download", conversationHeading: "The conversation",
    newConversation: "New conversation", you: "You asked", logout: "Sign out", signedIn: "Signed in as",
  },
};
const LANG = (navigator.languages || [navigator.language || "da"])
  .map((l) => l.toLowerCase().slice(0, 2)).find((l) => l === "da" || l === "en") || "da";
const T = TEXT[LANG];
const $ = (id) => document.getElementById(id);
const STORE = "strategibot-conversation";

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
}

// Who is signed in, and the token every POST must carry (the server refuses a POST without it, so
// another site cannot post on the user's behalf). Filled in by start() from /api/me.
let me = { csrf: "", signin: false };

function toLogin() {
  window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
}

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrf },
    body: JSON.stringify(body),
  });
  if (response.status === 401) toLogin();
  return response;
}

async function errorOf(response) {
  try {
    return (await response.json()).error || T.failed;
  } catch (error) {
    return T.failed;
  }
}

// The conversation of this tab: its id, which the server reads follow-ups against, and what was
// asked and answered, so the page shows the whole conversation (also after a reload).
function loadConversation() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORE) || "null");
    if (saved && saved.id && Array.isArray(saved.exchanges)) return saved;
  } catch (error) { /* a damaged entry: start over */ }
  return { id: randomId(), exchanges: [] };
}
let conversation = loadConversation();

function saveConversation() {
  try {
    sessionStorage.setItem(STORE, JSON.stringify(conversation));
  } catch (error) { /* storage full or off: the page still works, without history after a reload */ }
}

function where(c) {
  return [c.organisation, c.title, c.section, c.page ? `${T.page} ${c.page}` : ""].filter(Boolean).join(" · ");
}

function translate(root) {
  for (const node of root.querySelectorAll("[data-text]")) node.textContent = T[node.dataset.text];
}

// What the answer quotes of citation n: before each of its [n] markers, the «quoted» words, or
// the line's own words (a list item quoted as written). A citation's text runs from its first
// quote to its last, so only these pieces are highlighted in the passage, not what lies between.
function quotedPieces(answerText, n) {
  const pieces = [];
  const marker = new RegExp(`([^\\n\\]]*?)\\s*\\[${n}\\]`, "g");
  for (const found of (answerText || "").matchAll(marker)) {
    const quoted = [...found[1].matchAll(/«([^«»]+)»/g)].pop();
    const piece = quoted ? quoted[1] : found[1].replace(/^[\s#>•*|-]+/, "");
    if (piece.trim()) pieces.push(piece.trim());
  }
  return pieces;
}

// Text with its [n] citation markers as buttons that open the cited passage; all of it text nodes.
function withMarkers(node, text, citations, answerText) {
  for (const part of text.split(/(\[\d+\])/)) {
    const match = part.match(/^\[(\d+)\]$/);
    const citation = match && citations[Number(match[1]) - 1];
    if (citation) {
      const button = el("button", part, { type: "button", class: "marker",
        "aria-label": `${T.citation} ${match[1]}: ${where(citation)}` });
      button.addEventListener("click", () => openPassage(citation, quotedPieces(answerText, match[1])));
      node.append(button);
    } else {
      node.append(document.createTextNode(part));
    }
  }
  return node;
}

// A reply given as structured content (an action plan: headings, quotes, lists, tables), built as
// elements with text nodes rather than shown as its Markdown. Headings sit below the exchange's h3.
function showBlocks(answer, blocks, citations, answerText) {
  for (const block of blocks) {
    if (block.type === "heading") {
      answer.append(withMarkers(el(block.level <= 1 ? "h4" : "h5"), block.text, citations, answerText));
    } else if (block.type === "quote") {
      answer.append(withMarkers(el("blockquote"), block.text, citations, answerText));
    } else if (block.type === "list") {
      const list = el("ul");
      for (const item of block.items) list.append(withMarkers(el("li"), item, citations, answerText));
      answer.append(list);
    } else if (block.type === "table") {
      const table = el("table", undefined, { class: "plan-table" });
      const head = el("tr");
      for (const name of block.columns) head.append(el("th", name, { scope: "col" }));
      table.append(el("thead"), el("tbody"));
      table.tHead.append(head);
      for (const row of block.rows) {
        const tr = el("tr");
        for (const cell of row) tr.append(el("td", cell));
        table.tBodies[0].append(tr);
      }
      const wrap = el("div", undefined, { class: "table-wrap" });
      wrap.append(table);
      answer.append(wrap);
    } else {
      answer.append(withMarkers(el("p"), block.text || "", citations, answerText));
    }
  }
}

function showExchange(question, data) {
  const article = $("exchange-template").content.firstElementChild.cloneNode(true);
  translate(article);
  const n = $("conversation").querySelectorAll(".exchange").length + 1;
  article.id = `exchange-${n}`;
  // The page's labels are in the page's language; the question and its answer in their own
  // (an English answer inside the Danish page is lang="en"), the quoted passages in Danish.
  const language = data.language || LANG;
  article.querySelector(".asked").setAttribute("lang", language);
  article.querySelector(".asked").textContent = question;
  article.querySelector(".asked").setAttribute("aria-label", `${T.you}: ${question}`);
  const status = article.querySelector(".status");
  status.hidden = data.status === "answered";
  status.classList.add(data.status);
  status.textContent = T[data.status] || "";
  const answer = article.querySelector(".answer");
  answer.setAttribute("lang", language);
  const mark = (node, text) => withMarkers(node, text, data.citations, data.answer);
  if (data.lead) answer.append(mark(el("p", undefined, { class: "lead" }), data.lead));  // clarify: the question first
  if (data.blocks && data.blocks.length) {
    showBlocks(answer, data.blocks, data.citations, data.answer);
  } else {
    for (const paragraph of data.paragraphs || data.answer.split(/\n{2,}/)) answer.append(mark(el("p"), paragraph));
  }
  for (const note of data.notes || []) answer.append(mark(el("p", undefined, { class: "note" }), note));
  const list = article.querySelector(".citations");
  data.citations.forEach((c, i) => {
    const item = el("li", undefined, { id: `exchange-${n}-citation-${i + 1}` });
    item.append(el("div", where(c), { class: "where" }), el("blockquote", c.text, { lang: "da" }));
    const open = el("button", T.open, { type: "button", class: "open-passage" });
    open.addEventListener("click", () => openPassage(c, quotedPieces(data.answer, i + 1)));
    item.append(open);
    if (c.url) item.append(" ", el("a", T.source, { href: c.url, rel: "noopener noreferrer", target: "_blank" }));
    list.append(item);
  });
  const files = article.querySelector(".files");
  for (const file of data.files || []) {
    const item = el("li");
    item.append(el("a", `${T.download} ${file.name}`, { href: file.url, download: file.name }));
    files.append(item);
  }
  article.querySelector(".sources-heading").hidden = data.citations.length === 0;
  const feedback = article.querySelector(".feedback");
  feedback.hidden = !data.id || data.status === "no_answer";
  for (const button of feedback.querySelectorAll("button")) {
    button.addEventListener("click", () => rate(data.id, Number(button.dataset.rating), feedback));
  }
  $("conversation").append(article);
  return article;
}

// The cited chunk in full, with the quoted pieces marked; the citation's whole text when the
// answer's pieces are not found as they stand (an older answer kept in this tab, say).
async function openPassage(citation, pieces = []) {
  const response = await fetch(`/api/passage/${encodeURIComponent(citation.id)}`);
  const passage = await response.json();
  $("passage-title").textContent = passage.section;
  $("passage-where").textContent = where(passage);
  const box = $("passage-text");
  box.replaceChildren();
  const ranges = [];
  for (const piece of pieces.length ? pieces : [citation.text]) {
    let at = passage.text.indexOf(piece);
    while (at >= 0 && ranges.some(([s, e]) => at < e && at + piece.length > s)) at = passage.text.indexOf(piece, at + 1);
    if (at >= 0) ranges.push([at, at + piece.length]);
  }
  if (!ranges.length && pieces.length) {
    const at = passage.text.indexOf(citation.text);
    if (at >= 0) ranges.push([at, at + citation.text.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) box.append(el("span", passage.text.slice(position, start)));
    box.append(el("mark", passage.text.slice(start, end)));
    position = end;
  }
  if (position < passage.text.length) box.append(el("span", passage.text.slice(position)));
  box.style.whiteSpace = "pre-wrap";
  $("passage").showModal();
}

async function ask(event) {
  event.preventDefault();
  const question = $("question").value.trim();
  if (!question) return;
  const box = $("conversation");
  box.setAttribute("aria-busy", "true");
  const working = el("p", T.working, { class: "working" });
  box.append(working);
  try {
    const response = await post("/api/ask", { question, organisation: $("organisation").value,
                                             conversation: conversation.id });
    if (!response.ok) {
      working.textContent = await errorOf(response);  // e.g. the rate limit's "vent et øjeblik"
      return;
    }
    const data = await response.json();
    working.remove();
    showExchange(question, data).scrollIntoView({ block: "start" });
    conversation.exchanges.push({ question, data: { ...data, files: [] } });  // downloads expire: not kept
    saveConversation();
    $("question").value = "";
  } catch (error) {
    working.textContent = T.failed;
  } finally {
    box.setAttribute("aria-busy", "false");
  }
}

async function rate(id, rating, feedback) {
  const response = await post("/api/feedback", { id, rating });
  feedback.querySelector(".feedback-thanks").textContent = response.ok ? T.thanks : await errorOf(response);
}

async function logout() {
  const response = await post("/logout", {});
  window.location.assign(response.ok ? (await response.json()).redirect : "/");
}

function newConversation() {
  conversation = { id: randomId(), exchanges: [] };
  saveConversation();
  for (const node of $("conversation").querySelectorAll(".exchange, .working")) node.remove();
  $("question").focus();
}

async function start() {
  document.documentElement.lang = LANG;
  translate(document);
  for (const node of document.querySelectorAll("[data-placeholder]")) node.placeholder = T[node.dataset.placeholder];
  $("ask-form").addEventListener("submit", ask);
  $("new-conversation").addEventListener("click", newConversation);
  const who = await fetch("/api/me", { credentials: "same-origin" });
  if (who.status === 401) return toLogin();
  if (!who.ok) {
    $("intro").textContent = await errorOf(who);
    return;
  }
  me = await who.json();
  if (me.signin) {
    $("signed-in").textContent = `${T.signedIn} ${me.name}`;
    $("account").hidden = false;
    $("logout").addEventListener("click", logout);
  }
  for (const exchange of conversation.exchanges) showExchange(exchange.question, exchange.data);
  const response = await fetch("/api/organisations", { credentials: "same-origin" });
  for (const name of (await response.json()).organisations) $("organisation").append(el("option", name, { value: name }));
}

document.addEventListener("DOMContentLoaded", start);
