/**
 * Value types every module speaks: identifiers ({@link care.whatmatters.shared.PersonId}), the NHS number
 * with its Modulus 11 check, bounded free text, the small family of exceptions by which the domain says
 * "this input is wrong", "this does not exist" or "someone changed it first", and
 * {@link care.whatmatters.shared.SqlCondition}, by which one module lends another a question about its own
 * tables to ask in the same statement. Plain Java only: no Spring, no JDBC, no servlet types, so that every
 * domain model can depend on it.
 */
package care.whatmatters.shared;
