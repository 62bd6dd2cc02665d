/**
 * Demo mode: the cast used in demonstrations and end-to-end tests (Dylan and about twenty other people,
 * their teams and plans, and the demo accounts, password {@code demo}), and the synthetic population
 * generator for scale tests. On by default with the embedded database only; refused on an external
 * database unless {@code whatmatters.demo.enabled=true} is set explicitly. Works only through the other
 * modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package care.whatmatters.demo;
