package io.taktline.core.shift;

/** A calendar, overtime or plan change that cannot be made, with what was wrong and what to do. */
public class ShiftPlanningException extends RuntimeException {

    /** What kind of refusal: the REST API answers 400, 404 and 409 for them. */
    public enum Problem {
        BAD_INPUT,
        NOT_FOUND,
        CONFLICT
    }

    private final Problem problem;

    protected ShiftPlanningException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public static ShiftPlanningException badInput(String message) {
        return new ShiftPlanningException(Problem.BAD_INPUT, message);
    }

    public static ShiftPlanningException notFound(String message) {
        return new ShiftPlanningException(Problem.NOT_FOUND, message);
    }

    public static ShiftPlanningException conflict(String message) {
        return new ShiftPlanningException(Problem.CONFLICT, message);
    }

    public Problem problem() {
        return problem;
    }
}
