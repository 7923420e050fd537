library(shiny)

ui <- fluidPage(titlePanel("Study dashboard"), plotOutput("trend"))
server <- function(input, output) {
  output$trend <- renderPlot(plot(cumsum(rnorm(100))))
}
shinyApp(ui, server)
