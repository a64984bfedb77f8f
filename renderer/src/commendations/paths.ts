/** The commendations page of a year (route in app/App.tsx). */
export const commendationsPath = (year: number) => `/khen-thuong?nam=${year}`;
