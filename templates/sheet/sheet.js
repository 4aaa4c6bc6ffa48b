/* The HTML sheet's search box and copy buttons: plain JavaScript, nothing fetched.
 * Without JavaScript every card is shown and there is no box and no button. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  var count = document.getElementById("search-count");
  var cards = Array.prototype.slice.call(document.querySelectorAll("main article.card"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("main section.topic"));
  // The sheet's own words, in its language (writers/sheet/words.py).
  var said = document.querySelector("main").dataset;

  // Marks set aside, as people type: "kitab" finds kitāb, "cafe" café, and Arabic or
  // Hebrew typed without vowel signs (كتاب, שלום) finds it written with them. Dashes and
  // the minus sign are the keyboard's "-" ("-3 dB" finds −3 dB, "144-146" 144–146), the
  // micro sign and Greek mu its "u" ("uV" finds µV and μV), omega (and the ohm sign)
  // "ohm" ("4.7 kohm" finds 4.7 kΩ), the sharp and flat signs "#" and "b" ("C#m7b5"
  // finds C♯m7♭5), the prime and the curly apostrophes its "'" ("5'" finds 5′→3′,
  // "mRNA's" mRNA’s), and raised or lowered digits and signs the keyboard's ("H2O" finds
  // H₂O, "R2" R², "Nu-" Nu⁻); so are full-width letters, digits and signs, as a
  // Japanese or Chinese input method types them ("2136" finds ２１３６), and Arabic-Indic
  // digits ("28" finds ٢٨); Arabic's tāʼ marbūṭa and alif maqṣūra are the letters many
  // write for them, hāʼ and yāʼ ("مدرسه" finds مَدْرَسَة, "مستشفي" مستشفى, and the other
  // way), as an alef without its hamza finds one with it; "ß" is "ss" ("strasse" finds
  // Straße), Turkish dotless "ı" is "i" ("igdir" and "ığdır" find Iğdır), and German's
  // umlauts may be typed as two letters ("Schluessel" finds Schlüssel, as "Schlussel"
  // does).
  var RAISED = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b";
  var LOWERED = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u208a\u208b";
  var KEYS = "0123456789+-";
  function plainDigit(character) {
    var at = RAISED.indexOf(character);
    return KEYS.charAt(at >= 0 ? at : LOWERED.indexOf(character));
  }
  function halfWidth(character) {
    return String.fromCharCode(character.charCodeAt(0) - 0xfee0);
  }
  function westernDigit(character) {
    var code = character.charCodeAt(0);
    return String(code - (code >= 0x6f0 ? 0x6f0 : 0x660));
  }
  function folded(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, "")
      .replace(/[\uff01-\uff5e]/g, halfWidth).replace(/[\u0660-\u0669\u06f0-\u06f9]/g, westernDigit)
      .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-").replace(/\u00b5/g, "u")
      .replace(/\u266f/g, "#").replace(/\u266d/g, "b").replace(/[\u2018\u2019\u2032]/g, "'")
      .replace(/[\u2070\u00b9\u00b2\u00b3\u2074-\u207b\u2080-\u208b]/g, plainDigit).toLowerCase()
      .replace(/\u00df/g, "ss").replace(/\u0131/g, "i")
      .replace(/\u0629/g, "\u0647").replace(/\u0649/g, "\u064a")  // ة as ه, ى as ي
      .replace(/\u03bc/g, "u").replace(/\u03c9/g, "ohm")  // Greek mu and omega, as units
      .replace(/([\u00a7\u00b6])\s*(?=\d)/g, "$1 ");  // "\u00a7823" is "\u00a7 823"
  }
  // A card's text also with its umlauts as two letters, when it has any: "Schlüssel"
  // is found as "schlussel" and as "schluessel".
  var UMLAUT = /[\u00e4\u00f6\u00fc]/gi;
  function spelledOut(text) {
    if (text.search(UMLAUT) < 0) { return ""; }
    return " " + folded(text.normalize("NFC").replace(UMLAUT, function (umlaut) {
      return umlaut.normalize("NFD").charAt(0) + "e";
    }));
  }
  function words(text) {
    return folded(text).split(/\s+/).filter(Boolean);
  }
  function searchable(element) {
    // its text, and the written form of its formulas and images (their alt text)
    if (element.cdSearch === undefined) {
      var alts = Array.prototype.map.call(element.querySelectorAll("img[alt]"), function (img) {
        return img.alt;
      });
      var text = element.textContent + " " + alts.join(" ");
      element.cdSearch = folded(text) + spelledOut(text);
    }
    return element.cdSearch;
  }
  function matches(id, element, wanted) {
    var text = id.toLowerCase() + " " + searchable(element);
    return wanted.every(function (word) { return text.indexOf(word) >= 0; });
  }
  // Only what changes is touched: on a sheet of thousands of cards each change costs.
  function show(element, shown) {
    if (element.hidden === shown) { element.hidden = !shown; }
  }
  var main = document.querySelector("main");
  function filter() {
    var wanted = words(box.value);
    main.classList.toggle("filtering", wanted.length > 0);
    var shown = 0, total = 0;
    cards.forEach(function (card) {
      if (card.cdRows === undefined) { card.cdRows = card.querySelectorAll("tr.limit"); }
      var rows = card.cdRows;
      var any = false;
      if (rows.length) {
        Array.prototype.forEach.call(rows, function (row, index) {
          var holder = index === 0 ? card : row;  // the first row's id is the card's
          var ok = wanted.length === 0 || matches(holder.id, row, wanted);
          show(row, ok);
          total += 1;
          if (ok) { shown += 1; any = true; }
        });
      } else {
        any = wanted.length === 0 || matches(card.id, card, wanted);
        total += 1;
        if (any) { shown += 1; }
      }
      show(card, any);
    });
    sections.forEach(function (section) {
      var heading = null, visible = false, anyInSection = false;
      Array.prototype.forEach.call(section.children, function (child) {
        if (child.matches("h3.group")) {
          if (heading) { show(heading, visible); }
          heading = child;
          visible = false;
        } else if (child.matches("article.card") && !child.hidden) {
          visible = true;
          anyInSection = true;
        }
      });
      if (heading) { show(heading, visible); }
      show(section, anyInSection);
    });
    count.textContent = wanted.length ? [shown, said.of, total, said.cards].join(" ") : "";
  }
  if (box) {
    box.parentNode.hidden = false;
    box.addEventListener("input", filter);
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { box.value = ""; filter(); }
    });
  }

  function copied(button, text) {
    window.cheatdeckCopied = text;  // what the last copy button copied (tests read it)
    button.textContent = said.copied;
    setTimeout(function () { button.textContent = said.copy; }, 1200);
  }
  function copyText(button, text) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { copied(button, text); },
        function () { fallback(button, text); });
    } else {
      fallback(button, text);
    }
  }
  function fallback(button, text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (error) { /* nothing more to try */ }
    document.body.removeChild(area);
    copied(button, text);
  }
  Array.prototype.forEach.call(document.querySelectorAll("main pre.code"), function (pre) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = said.copy;
    button.addEventListener("click", function () {
      copyText(button, pre.querySelector("code").textContent);
    });
    pre.insertBefore(button, pre.firstChild);
  });
})();
