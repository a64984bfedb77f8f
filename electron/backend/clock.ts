/** Time comes in as a parameter so the backend and its tests agree on "now". */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
