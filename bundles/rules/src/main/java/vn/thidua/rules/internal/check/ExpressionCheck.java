package vn.thidua.rules.internal.check;

import org.apache.commons.jexl3.parser.ASTArrayAccess;
import org.apache.commons.jexl3.parser.ASTERNode;
import org.apache.commons.jexl3.parser.ASTFunctionNode;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTIdentifierAccess;
import org.apache.commons.jexl3.parser.ASTIdentifierAccessJxlt;
import org.apache.commons.jexl3.parser.ASTJxltLiteral;
import org.apache.commons.jexl3.parser.ASTNRNode;
import org.apache.commons.jexl3.parser.ASTQualifiedIdentifier;
import org.apache.commons.jexl3.parser.ASTRegexLiteral;
import org.apache.commons.jexl3.parser.ASTStringLiteral;
import org.apache.commons.jexl3.parser.JexlNode;
import org.apache.commons.jexl3.parser.Parser;
import org.apache.commons.jexl3.parser.StringProvider;

/**
 * What an expression must be to load, checked on its syntax tree before it ever runs, so that a pack
 * that breaks the sandbox is refused when it is installed rather than when a plan is validated:
 * at most {@value #MAX_LENGTH} characters nested at most {@value #MAX_DEPTH} deep (the parser
 * recurses) and {@value #MAX_NODES} nodes; only the variables of {@link ExpressionSandbox#VARIABLES};
 * only the methods of {@link ExpressionSandbox#MEMBERS}; no functions, no template strings, no member
 * named in brackets ({@code ''['class']}); every regular expression written in it ({@code =~ '…'},
 * {@code ~/…/}) one that RE2 runs ({@link PackRegex}).
 */
final class ExpressionCheck {

    static final int MAX_LENGTH = 2000;
    static final int MAX_DEPTH = 32;
    static final int MAX_NODES = 400;

    private ExpressionCheck() {
    }

    /**
     * Checks an expression the engine has already parsed (so its syntax and features are right).
     *
     * @throws IllegalArgumentException saying what the expression may not do
     */
    static void check(String source) {
        int nodes = count(parse(source));
        if (nodes > MAX_NODES) {
            throw new IllegalArgumentException("has " + nodes + " nodes; an expression has at most " + MAX_NODES
                    + " (a longer check belongs in a rule type)");
        }
    }

    /** Limits checked on the text, before the parser recurses into it. */
    static void checkSize(String source) {
        if (source.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("is " + source.length() + " characters long; an expression has at most "
                    + MAX_LENGTH + " (a longer check belongs in a rule type)");
        }
        int depth = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("nests brackets more than " + MAX_DEPTH + " deep");
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
    }

    private static JexlNode parse(String source) {
        return new Parser(new StringProvider(";")).parse(null, ExpressionSandbox.features(), source, null);
    }

    private static int count(JexlNode node) {
        refuse(node);
        int nodes = 1;
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            nodes += count(node.jjtGetChild(i));
        }
        return nodes;
    }

    private static void refuse(JexlNode node) {
        if ((node instanceof ASTERNode || node instanceof ASTNRNode) && node.jjtGetNumChildren() == 2
                && node.jjtGetChild(1) instanceof ASTStringLiteral regex) {
            pattern(regex.getLiteral());
        }
        if (node instanceof ASTRegexLiteral regex) {
            pattern(regex.getLiteral().pattern());
        }
        if (node instanceof ASTFunctionNode || node instanceof ASTQualifiedIdentifier) {
            throw new IllegalArgumentException("calls a function; an expression calls only methods of "
                    + String.join(", ", ExpressionSandbox.VARIABLES.stream().sorted().toList()) + " and size(), empty()");
        }
        if (node instanceof ASTJxltLiteral || node instanceof ASTIdentifierAccessJxlt) {
            throw new IllegalArgumentException("uses a template string (`…`); write the text with + instead");
        }
        if (node instanceof ASTIdentifierAccess access && !ExpressionSandbox.MEMBERS.contains(access.getName())) {
            throw new IllegalArgumentException("uses '" + access.getName() + "', which is not a method an expression may call"
                    + (access.getName().equals("matches") ? " (match a regular expression with =~)" : ""));
        }
        if (node instanceof ASTIdentifier variable && !ExpressionSandbox.VARIABLES.contains(variable.getName())) {
            throw new IllegalArgumentException("uses the variable '" + variable.getName() + "'; an expression sees only "
                    + String.join(", ", ExpressionSandbox.VARIABLES.stream().sorted().toList()));
        }
        if (node instanceof ASTArrayAccess) {
            for (int i = 0; i < node.jjtGetNumChildren(); i++) {
                if (node.jjtGetChild(i) instanceof ASTStringLiteral name) {
                    throw new IllegalArgumentException("reads the member '" + name.getLiteral()
                            + "' by name in brackets; call a method instead");
                }
            }
        }
    }

    private static void pattern(String regex) {
        try {
            PackRegex.compile(regex, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a pattern that " + e.getMessage());
        }
    }
}
