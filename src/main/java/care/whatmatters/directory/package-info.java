/**
 * The community directory: services in the Open Referral UK data model, with capacity and cost per session;
 * imports of Open Referral feeds; the standard's read API under {@code /openreferral}; data quality and
 * freshness scores; editors who maintain their own organisation's services; and goal-aware, explainable
 * search for link workers.
 * <p>
 * Invariants: the directory holds no personal data (no named contacts), so it is read without an access
 * check and served openly; a stored service always passes {@code ServiceCheck}; a service is never deleted
 * (it is marked defunct); an import changes nothing it does not report; an editor changes only their own
 * organisation's services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community directory")
package care.whatmatters.directory;
