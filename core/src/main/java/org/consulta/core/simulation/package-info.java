/**
 * Agent-based simulation of a consultation in virtual time, on the real engine.
 *
 * <p>A {@link org.consulta.core.simulation.Scenario} describes the consultation and its
 * commitments, a synthetic population ({@link org.consulta.core.simulation.PopulationSpec}), how
 * residents behave ({@link org.consulta.core.simulation.Behaviour}), what the institution does
 * ({@link org.consulta.core.simulation.Institution}) and the communication campaigns ({@link
 * org.consulta.core.simulation.Campaign}). {@link org.consulta.core.simulation.Simulation#run}
 * builds its own engine on an in-memory store with a virtual clock and seeded ids, then plays the
 * days: residents become aware, take part through the engine's commands (so moderation,
 * commitments and outcome tracking behave exactly as in production), the institution moderates and
 * answers within its capacity, and each evening a {@link org.consulta.core.simulation.DayRecord}
 * takes the day's figures. Same scenario and seed, same result, bit for bit.
 *
 * <p>{@link org.consulta.core.simulation.Sweep} runs a grid of scenarios times seeds on all cores
 * and summarises each metric with a 95% confidence interval across seeds; {@link
 * org.consulta.core.simulation.Replay} feeds a real consultation's comments and votes (a {@link
 * org.consulta.core.simulation.ReplaySource}) through the engine in their original order and timing
 * and yields the same time series.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.builder()
 *     .population(PopulationSpec.of(10_000, schema, census))
 *     .campaign(Campaign.of("posters", CampaignKind.POSTERS, 7, 20, 0.02))
 *     .institution(Institution.defaults().withResponsesPerDay(40))
 *     .days(60)
 *     .build();
 * SimulationResult result = Simulation.run(scenario, 42);
 * result.last().metric("participants");
 * }</pre>
 */
package org.consulta.core.simulation;
