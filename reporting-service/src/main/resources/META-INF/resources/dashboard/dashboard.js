// The dashboard page (docs/adr/0044). The page itself holds no figure: this script reads them from the reporting API
// with the dashboard token the user pasted, kept in sessionStorage (gone when the tab closes), sent as a bearer
// header. What the API refuses, the page does not show. No inline script, no eval: the CSP allows only this origin.
"use strict";

(function () {
  const SLEUTEL = "wsp-dashboard-token";
  const $ = (id) => document.getElementById(id);
  const tabellen = {}; // tabel -> the API path of what is on screen, for its CSV download
  const grafieken = {};

  function token() {
    return sessionStorage.getItem(SLEUTEL);
  }

  /** The claims of the token, only to preselect its region; the API checks the token, not this page. */
  function claims(jwt) {
    try {
      const deel = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return JSON.parse(decodeURIComponent(escape(atob(deel))));
    } catch (e) {
      return {};
    }
  }

  function melding(tekst, fout) {
    const m = $("melding");
    m.textContent = tekst;
    m.classList.toggle("fout", Boolean(fout));
  }

  class Geweigerd extends Error {
  }

  async function lees(pad, accept) {
    const antwoord = await fetch(pad, {
      headers: {"Authorization": "Bearer " + token(), "Accept": accept || "application/json"},
      cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer"
    });
    if (antwoord.status === 401 || antwoord.status === 403) {
      throw new Geweigerd("Dit token geeft geen toegang tot het dashboard (" + antwoord.status + ").");
    }
    if (!antwoord.ok) {
      let detail = antwoord.statusText;
      try {
        const probleem = await antwoord.json();
        detail = probleem.detail || probleem.title || detail;
        if (probleem.invalidParams && probleem.invalidParams.length) {
          detail += ": " + probleem.invalidParams.map((p) => p.name + " " + p.reason).join(", ");
        }
      } catch (e) {
        // no problem JSON
      }
      throw new Error(detail);
    }
    return accept ? antwoord.text() : antwoord.json();
  }

  function afmelden(tekst, fout) {
    sessionStorage.removeItem(SLEUTEL);
    $("cijfers").hidden = true;
    $("keuze").hidden = true;
    $("aanmelding").hidden = false;
    for (const tbody of document.querySelectorAll("#cijfers tbody, #cijfers tfoot")) {
      tbody.replaceChildren();
    }
    Object.values(grafieken).forEach((g) => g.destroy());
    Object.keys(grafieken).forEach((k) => delete grafieken[k]);
    delete document.body.dataset.geladen;
    melding(tekst || "", fout);
  }

  function getal(waarde) {
    if (waarde === null || waarde === undefined) {
      return "–";
    }
    return Number(waarde).toLocaleString("nl-NL", {useGrouping: false, maximumFractionDigits: 1});
  }

  function cel(tekst, klasse) {
    const td = document.createElement("td");
    td.textContent = tekst;
    if (klasse) {
      td.className = klasse;
    }
    return td;
  }

  function rij(cellen) {
    const tr = document.createElement("tr");
    cellen.forEach((c) => tr.appendChild(c));
    return tr;
  }

  async function aanmelden(ingevoerd) {
    sessionStorage.setItem(SLEUTEL, ingevoerd);
    let regios;
    try {
      regios = await lees("/api/v1/regios");
    } catch (e) {
      afmelden(e.message, true);
      return;
    }
    const eigen = claims(ingevoerd).regio;
    const select = $("regio");
    select.replaceChildren();
    // a token of one region shows that region only; otherwise every region the API lists
    const namen = regios.map((r) => r.naam).filter((n) => !eigen || n === eigen);
    for (const naam of namen) {
      const optie = document.createElement("option");
      optie.value = naam;
      optie.textContent = naam;
      select.appendChild(optie);
    }
    select.value = eigen || (namen.includes("Amersfoort") ? "Amersfoort" : namen[0]);
    $("aanmelding").hidden = true;
    $("token").value = "";
    $("keuze").hidden = false;
    await toon();
  }

  async function toon() {
    const regio = $("regio").value;
    const jaar = $("jaar").value;
    const q = "regio=" + encodeURIComponent(regio);
    const paden = {
      realisatie: "/api/v1/rapportages/realisatie?" + q + "&jaar=" + jaar,
      duurzaamheid: "/api/v1/rapportages/duurzaamheid?" + q + "&jaar=" + jaar,
      banenafspraak: "/api/v1/rapportages/banenafspraak?" + q + "&totJaar=" + jaar
    };
    delete document.body.dataset.geladen;
    melding("Cijfers van " + regio + " " + jaar + " worden gelezen…");
    let realisatie, duurzaamheid, banenafspraak;
    try {
      [realisatie, duurzaamheid, banenafspraak] = await Promise.all([
        lees(paden.realisatie), lees(paden.duurzaamheid), lees(paden.banenafspraak)]);
    } catch (e) {
      if (e instanceof Geweigerd) {
        afmelden(e.message, true);
      } else {
        melding(e.message, true);
      }
      return;
    }
    Object.assign(tabellen, paden);
    toonRealisatie(realisatie);
    toonDuurzaamheid(duurzaamheid);
    toonBanenafspraak(banenafspraak, jaar);
    $("cijfers").hidden = false;
    melding("Regio " + regio + ", " + jaar + ".");
    document.body.dataset.geladen = regio + "|" + jaar;
  }

  function toonRealisatie(r) {
    $("peildatum").textContent = r.peildatum || "–";
    const tbody = document.querySelector("#realisatie tbody");
    tbody.replaceChildren();
    for (const d of r.rijen) {
      const voortgang = document.createElement("progress");
      voortgang.max = Math.max(d.doel, 1);
      voortgang.value = Math.min(d.gerealiseerd, voortgang.max);
      voortgang.title = getal(d.percentage) + "% van het doel";
      const balk = cel("");
      balk.appendChild(voortgang);
      tbody.appendChild(rij([cel(d.soort), cel(d.doelgroep || "–"), cel(d.partner || "–"),
        cel((d.gemeenten || []).join(", ") || "–"), cel(getal(d.doel), "getal"), cel(getal(d.gerealiseerd), "getal"),
        cel(getal(d.percentage), "getal"), cel(getal(d.verwachtTotNu), "getal"),
        cel(getal(d.achterstand), d.achterstand > 0 ? "getal achter" : "getal"), balk]));
    }
    if (!r.rijen.length) {
      const leeg = cel("Geen doelstellingen voor deze regio en dit jaar.");
      leeg.colSpan = 10;
      tbody.appendChild(rij([leeg]));
    }
  }

  function duurzaamheidsregel(d) {
    const nogAanHetWerk = d.gestart - d.beeindigdBinnenZesMaanden - d.beeindigdLater;
    return rij([cel(d.startmaand), cel(getal(d.gestart), "getal"), cel(getal(d.beeindigdBinnenZesMaanden), "getal"),
      cel(getal(d.beeindigdLater), "getal"), cel(getal(nogAanHetWerk), "getal"), cel(getal(d.percentageDuurzaam), "getal")]);
  }

  function toonDuurzaamheid(d) {
    const tbody = document.querySelector("#duurzaamheid tbody");
    tbody.replaceChildren(...d.rijen.map(duurzaamheidsregel));
    document.querySelector("#duurzaamheid tfoot").replaceChildren(duurzaamheidsregel(d.totaal));
    const x = d.rijen.map((_, i) => i + 1);
    grafiek("duurzaamheid", $("grafiek-duurzaamheid"), d.rijen.map((r) => r.startmaand), [
      x,
      d.rijen.map((r) => r.gestart - r.beeindigdBinnenZesMaanden - r.beeindigdLater),
      d.rijen.map((r) => r.beeindigdLater),
      d.rijen.map((r) => r.beeindigdBinnenZesMaanden)
    ], [
      {label: "Nog aan het werk", stroke: "#1b7f3b", fill: "rgba(27,127,59,0.55)"},
      {label: "Later beëindigd", stroke: "#b8860b", fill: "rgba(184,134,11,0.55)"},
      {label: "Beëindigd binnen 6 mnd", stroke: "#b22222", fill: "rgba(178,34,34,0.55)"}
    ], true);
  }

  function toonBanenafspraak(b, jaar) {
    const rijen = b.rijen.filter((r) => r.kwartaal.startsWith(jaar + "-"));
    const tbody = document.querySelector("#banenafspraak tbody");
    tbody.replaceChildren(...rijen.map((r) => rij([cel(r.kwartaal), cel(getal(r.gerealiseerdInKwartaal), "getal"),
      cel(getal(r.gerealiseerdCumulatief), "getal"), cel(getal(r.doelMarktCumulatief), "getal"),
      cel(getal(r.doelOverheidCumulatief), "getal"), cel(getal(r.doelCumulatief), "getal"), cel(getal(r.percentage), "getal")])));
    grafiek("banenafspraak", $("grafiek-banenafspraak"), rijen.map((r) => r.kwartaal), [
      rijen.map((_, i) => i + 1),
      rijen.map((r) => r.gerealiseerdCumulatief),
      rijen.map((r) => r.doelCumulatief)
    ], [
      {label: "Gerealiseerd (cumulatief)", stroke: "#0b5cad", width: 3, points: {show: true}},
      {label: "Doel (cumulatief)", stroke: "#777", width: 2, dash: [6, 4], points: {show: true}}
    ], false);
  }

  /** A uPlot chart over categories (months, quarters): stacked bars or lines; redrawn on every show. */
  function grafiek(naam, doel, labels, data, reeksen, gestapeld) {
    if (grafieken[naam]) {
      grafieken[naam].destroy();
      delete grafieken[naam];
    }
    if (typeof uPlot === "undefined" || labels.length === 0) {
      return;
    }
    let getoond = data;
    if (gestapeld) { // stack: each series drawn as the sum of itself and those after it
      getoond = [data[0]];
      for (let s = 1; s < data.length; s++) {
        getoond.push(data[s].map((_, i) => data.slice(s).reduce((som, reeks) => som + reeks[i], 0)));
      }
    }
    const staven = gestapeld ? uPlot.paths.bars({size: [0.6, 60]}) : undefined;
    const opties = {
      width: Math.min(doel.clientWidth || 900, 900), height: 260,
      scales: {x: {time: false, range: [0.5, labels.length + 0.5]}, y: {range: (u, min, max) => [0, Math.max(max, 1) * 1.1]}},
      axes: [
        {values: (u, splits) => splits.map((v) => Number.isInteger(v) && labels[v - 1] ? labels[v - 1] : ""), splits: () => labels.map((_, i) => i + 1)},
        {}
      ],
      legend: {live: false},
      cursor: {show: false},
      series: [{label: "", value: (u, v) => (v && labels[v - 1]) || ""}].concat(reeksen.map((r, s) => Object.assign({
        paths: staven, points: {show: !gestapeld},
        value: (u, v, si, i) => (i === null || i === undefined ? "" : getal(data[s + 1][i]))
      }, r)))
    };
    grafieken[naam] = new uPlot(opties, getoond, doel);
  }

  async function download(tabel) {
    const pad = tabellen[tabel];
    if (!pad) {
      return;
    }
    try {
      const csv = await lees(pad, "text/csv");
      const url = URL.createObjectURL(new Blob([csv], {type: "text/csv;charset=utf-8"}));
      const a = document.createElement("a");
      a.href = url;
      a.download = tabel + "-" + $("regio").value + "-" + $("jaar").value + ".csv";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) {
      if (e instanceof Geweigerd) {
        afmelden(e.message, true);
      } else {
        melding(e.message, true);
      }
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("aanmelding").addEventListener("submit", (e) => {
      e.preventDefault();
      const ingevoerd = $("token").value.trim();
      if (ingevoerd) {
        aanmelden(ingevoerd);
      }
    });
    $("keuze").addEventListener("submit", (e) => {
      e.preventDefault();
      toon();
    });
    $("afmelden").addEventListener("click", () => afmelden("Afgemeld."));
    for (const knop of document.querySelectorAll("button.csv")) {
      knop.addEventListener("click", () => download(knop.dataset.tabel));
    }
    if (token()) { // a reload in the same tab: the token is still in this tab's sessionStorage
      aanmelden(token());
    }
  });
})();
