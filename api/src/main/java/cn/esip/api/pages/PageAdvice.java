package cn.esip.api.pages;

import cn.esip.api.web.ProblemAdvice;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.NoSuchElementException;

/**
 * What every page needs (the person looking, whether security is on) and the pages' errors: a mistake of the
 * person's own shows on a page in Chinese with what was wrong, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(PageAdvice.class);

    private final boolean securityOn;

    public PageAdvice(@Value("${esip.security.enabled:true}") boolean securityOn) {
        this.securityOn = securityOn;
    }

    private final PageFormat format = new PageFormat();

    @ModelAttribute("fmt")
    public PageFormat fmt() {
        return format;
    }

    @ModelAttribute("me")
    public PageUser me(Authentication authentication) {
        return PageUser.of(authentication, securityOn);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            MaxUploadSizeExceededException.class})
    public String badRequest(Exception e, Model model, Authentication a, HttpServletResponse res) {
        return error(400, "请求有误", e.getMessage(), model, a, res);
    }

    @ExceptionHandler(NoSuchElementException.class)
    public String notFound(Exception e, Model model, Authentication a, HttpServletResponse res) {
        return error(404, "未找到", e.getMessage(), model, a, res);
    }

    @ExceptionHandler(ProblemAdvice.UnavailableException.class)
    public String unavailable(Exception e, Model model, Authentication a, HttpServletResponse res) {
        return error(503, "暂不可用", e.getMessage(), model, a, res);
    }

    @ExceptionHandler({cn.esip.supervision.casefile.UnreadableDocumentException.class,
            cn.esip.supervision.casefile.CaseFileException.class, cn.esip.supervision.rules.RuleSetException.class})
    public String unreadable(Exception e, Model model, Authentication a, HttpServletResponse res) {
        return error(422, "案卷无法读取", e.getMessage(), model, a, res);
    }

    @ExceptionHandler(RuntimeException.class)
    public String failed(Exception e, Model model, Authentication a, HttpServletResponse res) {
        LOG.error("page failed", e);
        return error(500, "内部错误", "处理时出错，已记录日志。", model, a, res);
    }

    private String error(int status, String title, String detail, Model model, Authentication a,
                         HttpServletResponse res) {
        res.setStatus(status);
        model.addAttribute("me", PageUser.of(a, securityOn));
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "error-page";
    }
}
