package ai.kai.profile;

/** The report's stylesheet, inline so the file opens offline. No '&lt;' or '&amp;' so it stays valid XML. */
final class ReportStyle {
    static final String CSS = """
            :root{--fg:#111827;--muted:#6b7280;--line:#e5e7eb;--bg:#f3f4f6;--card:#ffffff;--accent:#4f46e5;\
            --warn:#b45309;--warn-bg:#fef3c7;--info:#1d4ed8;--info-bg:#dbeafe}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;\
            color:var(--fg);background:var(--bg)}
            header{background:#1e1b4b;color:#ffffff;padding:28px 32px}
            header h1{margin:0 0 4px;font-size:24px;font-weight:650}
            header p{margin:0;color:#c7d2fe}
            main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
            h2{font-size:18px;margin:32px 0 12px}
            h3{font-size:16px;margin:0 0 10px;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px}
            .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px 18px}
            .kpi .v{font-size:24px;font-weight:650}
            .kpi .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
            .kpi .s{color:var(--muted);font-size:12px}
            table{border-collapse:collapse;width:100%}
            th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{color:var(--muted);font-weight:500;white-space:nowrap}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            .badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12px;font-weight:600}
            .sem-numeric{background:#e0e7ff;color:#3730a3}
            .sem-categorical{background:#dcfce7;color:#166534}
            .sem-boolean{background:#fae8ff;color:#86198f}
            .sem-datetime{background:#ffedd5;color:#9a3412}
            .sem-text{background:#e0f2fe;color:#075985}
            .sem-id{background:#f1f5f9;color:#334155}
            .sem-other{background:#f5f5f4;color:#57534e}
            .sev-warning{background:var(--warn-bg);color:var(--warn)}
            .sev-info{background:var(--info-bg);color:var(--info)}
            .dtype{color:var(--muted);font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .column{margin-bottom:16px}
            .column-grid{display:grid;grid-template-columns:minmax(280px,1fr) minmax(300px,440px);gap:20px}
            .charts{display:flex;flex-direction:column;gap:12px}
            .chart{max-width:100%;height:auto}
            .chart text{font:11px system-ui,sans-serif;fill:#4b5563}
            .notes{color:var(--muted);font-size:13px}
            .toc{columns:3 220px;padding-left:18px}
            .alerts-inline{margin:8px 0 0;padding-left:18px;color:var(--warn)}
            .value{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;\
            word-break:break-all}
            footer{color:var(--muted);font-size:12px;margin-top:32px}
            @media (max-width:800px){.column-grid{grid-template-columns:1fr}main{padding:16px}}
            @media print{body{background:#ffffff}.card{break-inside:avoid}}
            """;

    private ReportStyle() {
    }
}
