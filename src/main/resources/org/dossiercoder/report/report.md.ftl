# dossiercoder — rapport

- Corpus: `${run.corpus()}`
- Aantal casussen (n): ${run.cases()?c}
- Gelezen documenten: ${run.documents()?c}
- Gemaakt op: ${run.generated()}

## Privacy

<#if run.minCell() gt 0>
- Kleine aantallen zijn onderdrukt (k = ${run.minCell()?c}): tellingen van 1 tot en met ${(run.minCell() - 1)?c} staan als `<${run.minCell()?c}`,
  en zo veel andere cellen dat geen onderdrukte telling uit rij- of kolomtotalen terug te rekenen is;
  percentages van onderdrukte cellen zijn weggelaten.
<#else>
- Geen onderdrukking van kleine aantallen toegepast; gebruik `--min-cell` voordat tabellen worden gedeeld.
</#if>
<#if run.pseudonymised()>
- Casusnummers zijn vervangen door pseudoniemen (sleutel bij de onderzoeker, niet in deze uitvoer).
</#if>
- Mogelijke persoonsgegevens gevonden: ${run.privacyFindings()?c} (zie `privacy-findings.csv`, waarden gemaskeerd).

Alle tabellen tellen casussen (dossiers), zoals in het onderzoek van Hogeschool Utrecht (2016):
een casus telt één keer per cel, ook als meerdere zinnen de code ondersteunen.

<#list tables as t>
## ${t.title}

| <#list t.header as h>${h} | </#list>
|<#list t.header as h> --- |</#list>
<#list t.rows as r>
| <#list r as cell>${cell} | </#list>
</#list>

</#list>
## Problemen

<#if problems?size == 0>
Geen problemen bij het inlezen.
<#else>
| bestand | probleem | toelichting |
| --- | --- | --- |
<#list problems as p>
| ${p.file} | ${p.kind} | ${p.message} |
</#list>
</#if>

## Codeboeken

<#list codebooks as b>
### ${b.label} (`${b.id}`, ${b.kind})

Bron: ${b.source}

| code | label | regels | definitie |
| --- | --- | --- | --- |
<#list b.codes as c>
| `${c.id}` | ${c.level}${c.label} | ${c.rules} | ${c.description} |
</#list>

</#list>
