import Foundation
import TeXMathML

/// A page showing every construct TeXMathML covers, its TeX beside it, for
/// checking the rendering in a real browser (`make gallery`).
enum Gallery {
    static let formulas: [(String, String, Bool)] = [
        ("Greek", "\\alpha\\beta\\gamma\\delta\\epsilon\\varepsilon\\theta\\vartheta\\lambda\\mu\\pi\\sigma\\phi\\varphi\\omega\\,\\Gamma\\Delta\\Theta\\Lambda\\Sigma\\Phi\\Psi\\Omega", false),
        ("relations", "a = b \\neq c \\leq d \\geq e \\approx f \\sim g \\equiv h \\propto i \\ll j \\subseteq k \\in l \\notin m", false),
        ("arrows", "\\to \\gets \\Rightarrow \\Leftrightarrow \\mapsto \\hookrightarrow \\longrightarrow \\uparrow \\nearrow", false),
        ("binary operators", "a \\pm b \\times c \\div d \\cdot e \\otimes f \\oplus g \\odot h \\cup i \\cap j \\setminus k \\circ l", false),
        ("scripts and primes", "x_i^2 + y_{ij}^{(k)} + f'(x) + g''(t) + e^{-x^2/2} + a_{n+1}", false),
        ("fractions", "\\frac{a}{b} + \\dfrac{1}{n} + \\tfrac12 + \\cfrac{1}{1+\\cfrac{1}{x}} + \\binom{n}{k}", true),
        ("roots", "\\sqrt{x} + \\sqrt[3]{x+y} + \\sqrt{\\frac{a}{b}}", true),
        ("big operators", "\\sum_{i=1}^n x_i \\quad \\prod_{k} a_k \\quad \\int_0^1 f(x)\\,dx \\quad \\iint_D \\quad \\oint_C \\quad \\bigcup_{i} A_i", true),
        ("limits", "\\lim_{x\\to 0}\\frac{\\sin x}{x} = 1,\\quad \\max_{\\theta} L,\\quad \\mathop{\\arg\\max}_x f(x),\\quad \\sup_n a_n", true),
        ("limits inline", "\\sum_{i=1}^n x_i,\\ \\lim_{n\\to\\infty} a_n,\\ \\int\\limits_0^1 f", false),
        ("operator names", "\\operatorname{tr}(A) + \\operatorname*{arg\\,min}_x g(x) + \\det M + \\log n", true),
        ("mod", "a \\equiv b \\pmod{n},\\quad a \\bmod b,\\quad x \\mod 3", false),
        ("accents", "\\hat{x}\\ \\widehat{xyz}\\ \\tilde{a}\\ \\widetilde{ab}\\ \\bar{x}\\ \\overline{AB}\\ \\underline{cd}\\ \\vec{v}\\ \\dot{x}\\ \\ddot{y}\\ \\check{c}\\ \\breve{u}", false),
        ("braces and stacking", "\\overbrace{a+b+c}^{3} + \\underbrace{x+y}_{2} + \\overset{\\text{def}}{=} + \\underset{n}{\\max} + \\stackrel{?}{=}", true),
        ("extensible arrows", "A \\xrightarrow{f} B \\xleftarrow[g]{h} C", true),
        ("fonts", "\\mathbf{W}\\ \\boldsymbol{x\\alpha}\\ \\bm{y}\\ \\mathit{abc}\\ \\mathrm{d}x\\ \\mathsf{S}\\ \\mathtt{T}\\ \\mathcal{L}\\ \\mathscr{F}\\ \\mathbb{R}^n\\ \\mathfrak{g}", false),
        ("text", "\\text{当 } x>0 \\text{ 时，}\\ \\textbf{粗体}\\ \\textit{italic}\\ \\mbox{盒子}", false),
        ("delimiters", "\\left( \\frac{a}{b} \\right) \\left[ x \\middle| y \\right] \\left\\{ \\sum_i x_i \\right. \\langle u,v \\rangle \\Vert x \\Vert", true),
        ("big delimiters", "\\big( \\Big( \\bigg( \\Bigg( x \\Bigg) \\bigg) \\Big) \\big) \\quad KL\\big(p\\big\\Vert q\\big)", true),
        ("spacing", "a\\,b\\:c\\;d\\!e\\quad f\\qquad g~h\\hspace{1em}i", false),
        ("TeX spacing: ordinary | and /, unary minus", "p(x|y) \\ne p(x\\mid y),\\ x_i/\\tau,\\ (-x) = -b,\\ a = \\, -b", false),
        ("TeX spacing: functions, scripts, \\big", "\\det(A),\\ \\max(a,b),\\ \\log\\det A,\\ \\lim_n x_n,\\ x_{i=1},\\ \\Big(\\big(a\\big)\\Big)", false),
        ("TeX spacing: =&\\, rows line up", "\\begin{aligned} f(x) =&\\, x^2 \\\\ =&\\, (x+1)^2 \\end{aligned}", true),
        ("class commands", "a\\mathrel{x}b,\\ a\\mathbin{x}b,\\ a\\mathord{=}b,\\ a\\mathpunct{x}b,\\ a\\mathinner{x}b,\\ a\\overset{?}{=}b", false),
        ("not, boxed, color, phantom", "a \\not= b,\\ \\not\\in,\\ \\boxed{E=mc^2},\\ {\\color{red} x} + \\textcolor{blue}{y},\\ a\\phantom{bb}c", false),
        ("styles", "\\displaystyle\\sum_i \\frac{1}{i} \\textstyle\\sum_i \\frac{1}{i}", false),
        ("matrices", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix} \\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix} \\begin{Bmatrix} x \\end{Bmatrix} \\begin{Vmatrix} y \\end{Vmatrix} \\begin{matrix} p & q \\end{matrix}", true),
        ("small matrix", "\\left(\\begin{smallmatrix} a & b \\\\ c & d \\end{smallmatrix}\\right)", false),
        ("cases", "f(x) = \\begin{cases} x^2, & x \\geq 0 \\\\ -x, & x < 0 \\end{cases}", true),
        ("dcases", "g = \\begin{dcases} \\frac{1}{2}, & \\text{若 } a \\\\ 0, & \\text{否则} \\end{dcases}", true),
        ("array", "\\begin{array}{c|cc} & a & b \\\\ \\hline x & 1 & 2 \\end{array}", true),
        ("array with column rules", "\\left[\\begin{array}{cc|c} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{array}\\right] \\quad \\begin{array}{|r||l|} \\hline x & y \\\\ \\hline \\end{array}", true),
        ("genfrac", "\\genfrac{(}{)}{0pt}{}{n}{k} + \\genfrac{\\langle}{\\rangle}{}{0}{a}{b} + \\genfrac{}{}{1.5pt}{}{x}{y}", true),
        ("cancel", "\\cancel{x} + \\bcancel{y} + \\xcancel{a+b} = \\frac{\\cancel{2}\\,n}{\\cancel{2}}", true),
        ("subarray, substack", "\\sum_{\\substack{i<n \\\\ j<m}} a_{ij}", true),
        // From MathJax's suites
        ("\\sideset", "\\sideset{_1^2}{_3^4}\\prod_{k} a_k \\quad \\sideset{}{'}\\sum_{n<k} n", true),
        ("\\shoveleft, \\shoveright", "\\begin{multline*} a + b + c \\\\ \\shoveleft{+ d + e} \\\\ \\shoveright{+ f} \\\\ = g \\end{multline*}", true),
        ("xalignat", "\\begin{xalignat*}{2} a &= b & c &= d \\\\ a' &= b' & c' &= d' \\end{xalignat*}", true),
        ("\\idotsint, \\varliminf…", "\\idotsint_V f \\quad \\varliminf_{n\\to\\infty} a_n \\quad \\varlimsup_{n} a_n \\quad \\varinjlim_i A_i \\quad \\varprojlim_i A_i", true),
        ("…withdelims, \\brack, \\brace", "{n \\overwithdelims [ ] k} + {a \\atopwithdelims \\langle \\rangle b} + {a \\abovewithdelims ( ) 1pt b} + {n \\brack k} + {n \\brace k}", true),
        ("\\matrix, \\pmatrix, \\cases", "\\matrix{a & b \\cr c & d} \\quad \\pmatrix{1 & 0 \\cr 0 & 1} \\quad |x| = \\cases{x & x \\ge 0 \\cr -x & x < 0}", true),
        ("\\hfill in a cell", "\\begin{array}{|c|}\\hline \\hfill abc \\\\ \\hline a \\hfill \\\\ \\hline\\end{array}", true),
        ("\\llap, \\rlap, \\mathclap", "a\\mathrel{\\rlap{\\,/}{=}}b \\quad \\sum_{\\mathclap{0 \\le i \\le n}} i \\quad x\\llap{/}", true),
        ("\\raise, \\lower, \\moveright", "x\\raise{0.5em}{y}z \\quad x\\lower 0.3em {y}z \\quad x\\moveright 1em {y} z", true),
        ("\\rule, \\framebox, \\makebox", "a\\rule{1em}{0.5em}b \\quad a\\rule[-0.2em]{0.1em}{1em}b \\quad \\framebox{box} \\quad [\\makebox[4em]{mk}]", true),
        ("\\skew, \\root…\\of, \\mathchoice", "\\skew7\\hat A \\quad \\root 3 \\of {x+1} \\quad \\mathchoice{D}{T}{S}{SS}", true),
        ("\\ddddot, \\underbar", "\\ddddot{x} + \\underbar{y}", true),
        ("\\TeX, \\LaTeX", "\\text{typeset with }\\TeX\\text{ and }\\LaTeX", true),
        ("braket", "\\bra{\\phi}\\ket{\\psi} = \\braket{\\phi|\\psi} \\quad \\Braket{\\frac{a}{b}|H|c} \\quad \\ketbra{0}{1} \\quad \\Set{x\\in\\mathbb R | x^2 < \\frac12}", true),
        ("intertext", "\\begin{align}a &= b + c \\\\ \\intertext{因此，对任意的 $x$ 有} d &= e \\label{eq:inter}\\end{align}", true),
        ("text with math and references", "\\mbox{由 \\(\\frac{a}{b}\\) 与 \\eqref{eq:inter} 得}", false),
        ("equation (numbered)", "\\begin{equation}E = mc^2\\label{eq:e}\\end{equation}", true),
        ("align (numbered rows)", "\\begin{align}\\Vert f_w(x+\\Delta x) - f_w(x)\\Vert &\\leq C(w)\\cdot \\Vert \\Delta x\\Vert \\\\ &= \\sup_{x} \\frac{\\Vert \\partial_x f_w\\Vert}{1} \\notag \\\\ a &= b \\tag{★}\\end{align}", true),
        ("gather", "\\begin{gather} a = b \\\\ c = d \\end{gather}", true),
        ("multline", "\\begin{multline} a + b + c + d + e + f \\\\ + g + h + i \\\\ = z \\end{multline}", true),
        ("equation with aligned", "\\begin{equation}\\begin{aligned}\\boldsymbol{g}_{n+1} =& \\nabla_{\\boldsymbol{\\theta}} L(\\boldsymbol{\\theta}_{n})\\\\ \\boldsymbol{\\theta}_{n+1}=&\\boldsymbol{\\theta}_{n} - \\frac{\\tilde{\\gamma}}{\\sqrt{\\boldsymbol{G}_{n+1} + \\epsilon}}\\otimes \\boldsymbol{g}_{n+1}\\end{aligned}\\end{equation}", true),
        ("split", "\\begin{equation}\\begin{split} a &= b + c \\\\ &= d \\end{split}\\end{equation}", true),
        ("eqnarray", "\\begin{eqnarray} a &=& b \\\\ c &=& d \\end{eqnarray}", true),
        ("tag in $$", "x = 1 \\tag{3.1}", true),
        ("references", "\\eqref{eq:e} \\text{ and } \\ref{eq:e}", false),
        ("macros", "\\newcommand{\\R}{\\mathbb{R}}\\def\\norm#1{\\left\\Vert #1\\right\\Vert} \\norm{x} \\in \\R^d", false),
        ("attention", "Attention(\\boldsymbol{Q},\\boldsymbol{K},\\boldsymbol{V}) = softmax\\left(\\boldsymbol{Q}\\boldsymbol{K}^{\\top}\\right)\\boldsymbol{V}", true),
        ("VAE", "\\mathcal{L} = \\mathbb{E}_{x\\sim \\tilde{p}(x)} \\Big[\\mathbb{E}_{z\\sim p(z|x)}\\big[-\\log q(x|z)\\big]+KL\\big(p(z|x)\\big\\Vert q(z)\\big)\\Big]", true),
        // Constructs real posts use
        ("line breaks in $$", "f(x) = x + b \\\\ g(x) = x^2 \\\\[4pt] \\color{blue} h(x) = e^x \\\\ k(x) = \\ln x", true),
        ("line breaks in equation", "\\begin{equation} a = b + c \\\\ = d \\end{equation}", true),
        ("line break inline (runs on)", "a \\\\ b", false),
        ("displaylines", "\\displaylines{x = 1 \\\\ y = 22 + 3}", true),
        ("control space at a line end", "a\\\nb", false),
        ("newcommand without backslash", "\\newcommand{tr}{\\operatorname{tr}}\\tr(AB) = \\tr(BA)", false),
        ("sizes", "{\\tiny a}{\\Tiny a}{\\scriptsize a}{\\footnotesize a}{\\small a}{\\normalsize a}{\\large a}{\\Large a}{\\LARGE a}{\\huge a}{\\Huge a}", false),
        ("uproot, leftroot", "\\sqrt[n]{x} \\quad \\sqrt[\\leftroot{2}\\uproot{3}n]{x}", true),
        ("hdashline, dashed column", "\\begin{array}{c:c} a & b \\\\ \\hdashline c & d \\end{array}", true),
        ("require, csgn", "\\require{cancel} \\csgn(x) = \\cancel{1}", false),
        ("style, class, bbox", "\\style{color:#c00;font-size:120\\%}{x} + \\class{note}{w} + \\bbox[yellow,3pt,border:1px solid blue]{y} + \\bbox[5px]{z}", false),
        ("table alignment options", "\\begin{array}[b]{c} a \\\\ b \\end{array} \\begin{aligned}[t] x &= 1 \\end{aligned} \\begin{gathered}[b] p \\\\ q \\end{gathered}", true),
        ("cfrac alignment", "\\cfrac[l]{1}{x + \\cfrac[r]{1}{y + z}}", true),
        ("above, brace, brack", "{a \\above 1pt b} \\quad {c \\brace d} \\quad {e \\brack f}", true),
        ("array @ and ! columns", "\\begin{array}{r@{.}l} 3 & 14 \\\\ 2 & 718 \\end{array} \\quad \\begin{array}{@{}c!{:}c@{}} a & b \\end{array}", true),
        ("array > and < columns", "\\begin{array}{>{\\displaystyle}c<{,}c} \\sum_i x_i & y \\end{array}", true),
        ("five primes", "f'''''(x), f''''(x)", false),
        ("dots", "a_1 + \\dots + a_n,\\quad x_1, \\dots, x_n,\\quad \\dots = 0", false),
        ("dddot, ddddot", "\\dddot{x} + \\ddddot{y} + \\ddot{z}", false),
        ("not", "\\not\\to\\ \\not\\simeq\\ \\not\\mid\\ \\not\\subset\\ \\not3\\ \\not{ab}\\ \\not\\leqslant", false),
        ("MathJax's \\mmlToken", "\\mmlToken{mi}{x} \\mmlToken{mo}{+} \\mmlToken{mn}{2}", false),
    ]

    /// The command families of TeXMathML's registry that no formula here uses.
    static func missingFamilies() -> [String] {
        let shown = formulas.reduce(into: Set<String>()) { $0.formUnion(TeXCoverage.families(in: $1.1)) }
        return TeXCoverage.families.filter { !shown.contains($0) }
    }

    static func page() -> String {
        var document = MathDocument()
        var rows: [(String, String, Int?, String?)] = []
        for (title, tex, display) in formulas {
            do {
                rows.append((title, tex, try document.add(tex, display: display), nil))
            } catch {
                rows.append((title, tex, nil, "\(error)"))
            }
        }
        var html = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>TeXMathML gallery</title>
            <link rel="stylesheet" href="style.css">
            <style>body{margin:1em} table{border-collapse:collapse;width:100%} td{border-top:1px solid #ddd;padding:.4em .6em;vertical-align:middle}
            td:first-child{width:9em;color:#666;font-size:.85em} td:nth-child(2){width:38%;font:12px monospace;white-space:pre-wrap;word-break:break-all}
            .error{color:#b00}</style></head><body><table>

            """
        for (title, tex, index, error) in rows {
            let rendered = index.map { document.mathML($0).mathML } ?? "<span class=\"error\">\(escape(error ?? ""))</span>"
            html += "<tr><td>\(escape(title))</td><td>\(escape(tex))</td><td>\(rendered)</td></tr>\n"
        }
        return html + "</table></body></html>\n"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
