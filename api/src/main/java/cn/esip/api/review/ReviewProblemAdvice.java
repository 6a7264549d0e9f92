package cn.esip.api.review;

import cn.esip.api.web.ProblemAdvice;
import cn.esip.supervision.casefile.CaseFileException;
import cn.esip.supervision.casefile.UnreadableDocumentException;
import cn.esip.supervision.rules.RuleSetException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem answers for 案卷评查: not a case file or an unsafe archive → 400, unreadable document → 422, unknown rule set → 400. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ReviewProblemAdvice {

    @ExceptionHandler(CaseFileException.class)
    public ProblemDetail notACaseFile(CaseFileException e) {
        return ProblemAdvice.problem(HttpStatus.BAD_REQUEST, "Not a readable case file", e.getMessage());
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    public ProblemDetail unreadable(UnreadableDocumentException e) {
        return ProblemAdvice.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Unreadable document", e.getMessage());
    }

    @ExceptionHandler(RuleSetException.class)
    public ProblemDetail ruleSet(RuleSetException e) {
        return ProblemAdvice.problem(HttpStatus.BAD_REQUEST, "Rule set", e.getMessage());
    }
}
